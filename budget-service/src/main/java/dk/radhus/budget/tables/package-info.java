/** Committee tables exactly as agendas print them, in Danish number formats, and their CSV and HTML renderings. */
package dk.radhus.budget.tables;

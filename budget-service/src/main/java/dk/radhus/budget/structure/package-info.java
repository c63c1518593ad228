/**
 * What the figures are organised by: fiscal years, policy areas and the functions of the chart of accounts each covers.
 */
package dk.radhus.budget.structure;

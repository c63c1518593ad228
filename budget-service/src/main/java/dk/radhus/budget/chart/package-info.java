/**
 * The authorised chart of accounts per year: loaded from CSV, and the rules an uploaded account line is checked
 * against (a known function, an authorised dranst/art combination).
 */
package dk.radhus.budget.chart;

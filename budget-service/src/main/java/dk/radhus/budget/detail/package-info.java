/**
 * The account lines behind the figures: drill-down from a policy area to hovedfunktion, funktion and dranst/art over
 * the active uploads, and the difference between two uploads per policy area and function.
 */
package dk.radhus.budget.detail;

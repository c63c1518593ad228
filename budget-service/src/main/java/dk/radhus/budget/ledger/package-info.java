/**
 * The budget ledger (entries are only added), the budget figures derived from it, and BudgetChanged for every change.
 */
package dk.radhus.budget.ledger;

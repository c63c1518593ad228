/**
 * Budget follow-ups (budgetopfølgninger): the state machine, their figures and deviations, Tabel 1: Budgetoversigt and
 * the events on submit.
 */
package dk.radhus.budget.followup;

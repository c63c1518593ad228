/** Committee decisions on budget objects from meetings-service, applied to follow-ups and the ledger. */
package dk.radhus.budget.decision;

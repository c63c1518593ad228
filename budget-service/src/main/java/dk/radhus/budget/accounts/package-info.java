/**
 * Accounts (regnskab) per policy area and year: posting, the accounts table, the series over years and the Fiscal Data
 * Package.
 */
package dk.radhus.budget.accounts;

/**
 * CSV uploads of account lines: parsing, applying all or nothing and once per file, and background jobs with progress.
 */
package dk.radhus.budget.upload;

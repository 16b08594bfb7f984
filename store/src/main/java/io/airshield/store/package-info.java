/**
 * The results store: runs written block by block to an embedded SQLite file as they are merged, so
 * a run killed at any moment resumes with the same statistics to the last bit; listing, comparison
 * with common random numbers, and tidy CSV export of stored runs. The store is outside {@code core}
 * so that the model never depends on a database.
 */
package io.airshield.store;

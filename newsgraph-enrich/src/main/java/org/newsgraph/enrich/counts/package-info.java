/** Counts and amounts: numbers of people and things, event counts ("550 demonstrators killed"). */
package org.newsgraph.enrich.counts;

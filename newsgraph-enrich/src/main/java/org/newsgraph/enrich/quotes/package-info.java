/** Quotations and reported speech, with their cues and speakers. */
package org.newsgraph.enrich.quotes;

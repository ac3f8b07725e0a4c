/** Entity resolution within an article: one entity per real-world thing, with all its references. */
package org.newsgraph.enrich.entities;

/** Facts about the world that the enrich stages look up: countries, capitals, demonyms, aliases. */
package org.newsgraph.enrich.gazetteer;

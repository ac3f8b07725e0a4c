/** Views of a document's tokens shared by the enrich stages. */
package org.newsgraph.enrich.text;

package org.newsgraph.serve;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of every error answer: {"error": "...", "parameter": "..."}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ErrorBody(String error, String parameter) {}

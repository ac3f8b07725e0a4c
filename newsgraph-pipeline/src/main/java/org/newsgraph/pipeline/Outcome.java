package org.newsgraph.pipeline;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.model.Document;

/**
 * What came of one document: the analyzed document, or the failure with the stage and reason.
 *
 * @param input the input as the user named it
 * @param document the result, {@code null} on failure
 * @param failedStage the stage that failed, {@code null} on success
 * @param error why it failed (one line), {@code null} on success
 * @param cause the exception, {@code null} on success
 * @param stageNanos time spent per stage, in pipeline order
 */
public record Outcome(
    String input,
    Document document,
    String failedStage,
    String error,
    Throwable cause,
    Map<String, Long> stageNanos) {

  public Outcome {
    Objects.requireNonNull(input, "input");
    stageNanos = Map.copyOf(stageNanos);
    if ((document == null) == (error == null)) {
      throw new IllegalArgumentException("an outcome has either a document or an error");
    }
  }

  public boolean ok() {
    return document != null;
  }

  public Optional<Document> findDocument() {
    return Optional.ofNullable(document);
  }

  public Document requireDocument() {
    if (document == null) {
      throw new IllegalStateException(message());
    }
    return document;
  }

  /** One line for the user: the input, the stage and the reason. */
  public String message() {
    if (ok()) {
      return input + ": ok";
    }
    return input + ": " + error + (failedStage == null ? "" : " [stage " + failedStage + "]");
  }
}

package org.semanticinpaint.train;

/**
 * Hears how training goes: the command's messages and every stage's start, steps and end. The command prints them
 * ({@link ConsoleProgress}); a benchmark times the steps; a test stays silent. Every method does nothing unless
 * overridden.
 */
public interface TrainingListener {

	/** Listens to nothing. */
	TrainingListener SILENT = new TrainingListener() {};

	/** A message of the command: data read, a bundle resumed or exported. */
	default void message(String text) {}

	/** A stage's graph is built and its first validation done; its first step starts now. */
	default void started(Stage stage, StageTrainer.Budget budget, double validationLoss) {}

	/**
	 * After every step.
	 *
	 * @param step steps done so far in this run (1 after the first)
	 * @param smoothedLoss the training loss, exponentially smoothed
	 * @param seconds since the first step started
	 */
	default void stepped(Stage stage, int step, double smoothedLoss, double seconds) {}

	/** A stage's run ended (its weights are in {@code outcome}); {@code startValidationLoss} as it began. */
	default void finished(Stage stage, StageTrainer.Outcome outcome, double startValidationLoss) {}
}

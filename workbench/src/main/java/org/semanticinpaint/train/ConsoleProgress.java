package org.semanticinpaint.train;

import java.io.PrintStream;
import java.util.Locale;

/** Prints training progress: every {@code logEvery} steps the smoothed loss, speed and time left. */
public final class ConsoleProgress implements TrainingListener {

	private final PrintStream out;
	private final int logEvery;
	private StageTrainer.Budget budget;

	public ConsoleProgress(PrintStream out, int logEvery) {
		this.out = out;
		this.logEvery = logEvery;
	}

	@Override
	public void message(String text) {
		out.println(text);
	}

	@Override
	public void started(Stage stage, StageTrainer.Budget b, double validationLoss) {
		budget = b;
		out.printf(Locale.ROOT, "[%s] start: validation loss %.4f%n", stage.key(), validationLoss);
	}

	@Override
	public void stepped(Stage stage, int step, double smoothedLoss, double seconds) {
		if (step % logEvery != 0) return;
		double per = seconds / step;
		double left = budget.steps() > 0 ? (budget.steps() - step) * per : budget.minutes() * 60 - seconds;
		out.printf(Locale.ROOT, "[%s] step %d%s  loss %.4f  %.2f s/step  %.1f img/s  ETA %s%n", stage.key(), step,
			budget.steps() > 0 ? "/" + budget.steps() : "", smoothedLoss, per, budget.batch() / per, eta(left));
	}

	@Override
	public void finished(Stage stage, StageTrainer.Outcome o, double startValidationLoss) {
		out.printf(Locale.ROOT, "[%s] done: %d steps in %.0f s, validation loss %.4f -> %.4f%n", stage.key(), o.steps(),
			o.seconds(), startValidationLoss, o.validationLoss());
	}

	static String eta(double seconds) {
		long s = Math.max(0, Math.round(seconds));
		return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
	}
}

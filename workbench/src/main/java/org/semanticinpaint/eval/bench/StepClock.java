package org.semanticinpaint.eval.bench;

import java.util.ArrayList;
import java.util.List;

import org.semanticinpaint.train.Stage;
import org.semanticinpaint.train.StageTrainer;
import org.semanticinpaint.train.TrainingListener;

/**
 * Times training steps by listening to a trainer: the moment its first step starts, then the end of every step. The
 * interval between two ends is whole steps (sampling, forward, backward, update).
 */
final class StepClock implements TrainingListener {

	/** {@code times.get(i)}: when step i ended (step 0: when the first began), in nanoseconds. */
	private final List<Long> times = new ArrayList<>();

	@Override
	public void started(Stage stage, StageTrainer.Budget budget, double validationLoss) {
		times.clear();
		times.add(System.nanoTime());
	}

	@Override
	public void stepped(Stage stage, int step, double smoothedLoss, double seconds) {
		times.add(System.nanoTime());
	}

	/** Seconds from the end of step {@code from} to the end of step {@code to} (0: the start of the first). */
	double seconds(int from, int to) {
		return (times.get(to) - times.get(from)) / 1e9;
	}

	/** Steps done. */
	int steps() {
		return times.size() - 1;
	}
}

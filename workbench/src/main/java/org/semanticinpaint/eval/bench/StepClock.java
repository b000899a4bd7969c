package org.semanticinpaint.eval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.semanticinpaint.data.masks.MaskGenerator;

/**
 * Times training steps from outside the trainer: {@link org.semanticinpaint.train.BatchSampler} asks for one mask
 * per sample, so the first mask of every batch marks the start of a step. The interval between two starts is one
 * whole step (sampling, forward, backward, update), with no need to change the trainers.
 */
final class StepClock implements MaskGenerator {

	private final MaskGenerator masks;
	private final int batch;
	private final List<Long> starts = new ArrayList<>();
	private long calls;

	StepClock(MaskGenerator masks, int batch) {
		this.masks = masks;
		this.batch = batch;
	}

	@Override
	public float[] generate(int w, int h, Random random) {
		if (calls++ % batch == 0) starts.add(System.nanoTime());
		return masks.generate(w, h, random);
	}

	/** Seconds from the start of step {@code from} to the start of step {@code to}. */
	double seconds(int from, int to) {
		return (starts.get(to) - starts.get(from)) / 1e9;
	}

	int steps() {
		return starts.size();
	}
}

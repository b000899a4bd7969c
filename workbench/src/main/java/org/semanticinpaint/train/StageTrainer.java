package org.semanticinpaint.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.semanticinpaint.bundle.TfConfig;
import org.semanticinpaint.nets.NetScope;
import org.semanticinpaint.nets.Weights;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The loop shared by every stage: build the stage's graph, run steps until the step or time budget is spent,
 * report progress with an ETA, validate on a fixed batch, and hand back the trained weights.
 */
public abstract class StageTrainer {

	/**
	 * Budget and optimiser settings of one stage run. {@code warmupSteps} ramp the rate up linearly from zero: a run
	 * resumed from a trained bundle starts a fresh Adam, whose first steps (no second-moment estimate yet) move every
	 * weight by about the full rate. (On em-nanoparticles 30 warm-up steps did not change the validation loss after
	 * 30 steps; the joint rounds use 50 as a precaution.)
	 */
	public record Budget(int steps, double minutes, int batch, float learningRate, LearningRateSchedule schedule,
		int warmupSteps, int threads, int logEvery)
	{
		/** The share of the budget spent after {@code step} steps and {@code seconds}: the larger of the two. */
		double progress(int step, double seconds) {
			double p = 0;
			if (steps > 0) p = Math.max(p, step / (double) steps);
			if (minutes > 0) p = Math.max(p, seconds / (minutes * 60));
			return p;
		}

		float learningRateAt(int step, double seconds) {
			float rate = schedule.rate(learningRate, progress(step, seconds));
			return step < warmupSteps ? rate * (step + 1) / warmupSteps : rate;
		}
	}

	/** What a run produced. */
	public record Outcome(int steps, double seconds, double trainLoss, double validationLoss) {}

	protected Ops tf;
	protected Placeholder<TFloat32> image, mask, labels;

	/** Stage name used in logs and the card ("segment", "inpaint", "decode", "joint"). */
	public abstract String name();

	/** Builds networks and losses on {@link #image}, {@link #mask}, {@link #labels}; returns the training loss. */
	protected abstract Operand<TFloat32> build(int tile, int channels, int classes);

	/** Optimiser steps to add to a training run. */
	protected abstract void addUpdates(Session.Runner runner, float lr, List<TFloat32> toClose);

	/** The validation loss (hole L1 for image stages, cross-entropy for segmentation). */
	protected abstract Operand<TFloat32> validationLoss();

	/** Scopes whose weights this stage changes, read back at the end. */
	protected abstract List<NetScope> trainedScopes();

	public Outcome run(BatchSampler train, BatchSampler.Batch validation, int validationCount, int tile, int channels,
		int classes, Budget budget, List<Weights> out)
	{
		try (Graph g = new Graph(); Session s = new Session(g, TfConfig.session(budget.threads()))) {
			tf = Ops.create(g);
			image = tf.withName("train_image").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, tile, tile, channels)));
			mask = tf.withName("train_mask").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, tile, tile, 1)));
			labels = tf.withName("train_labels").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, tile, tile, classes)));
			Operand<TFloat32> loss = build(tile, channels, classes);
			Operand<TFloat32> val = validationLoss();
			s.initialize();
			long start = System.nanoTime();
			double ema = Double.NaN;
			DivergenceGuard guard = new DivergenceGuard(name());
			int step = 0;
			double v0 = evaluate(s, val, validation, validationCount, tile, channels, classes);
			System.out.printf(Locale.ROOT, "[%s] start: validation loss %.4f%n", name(), v0);
			while (true) {
				double elapsed = (System.nanoTime() - start) / 1e9;
				if (budget.steps() > 0 && step >= budget.steps()) break;
				if (budget.minutes() > 0 && elapsed >= budget.minutes() * 60) break;
				BatchSampler.Batch b = train.next(budget.batch());
				List<TFloat32> close = new ArrayList<>();
				try {
					Session.Runner r = feed(s.runner(), b, budget.batch(), tile, channels, classes, close);
					addUpdates(r, budget.learningRateAt(step, elapsed), close);
					try (Result res = r.fetch(loss).run()) {
						double l = ((TFloat32) res.get(0)).getFloat();
						ema = Double.isNaN(ema) ? l : 0.95 * ema + 0.05 * l;
					}
				}
				finally {
					close.forEach(TFloat32::close);
				}
				step++;
				guard.check(step, ema);
				if (step % budget.logEvery() == 0) {
					double t = (System.nanoTime() - start) / 1e9, per = t / step;
					double left = budget.steps() > 0 ? (budget.steps() - step) * per : budget.minutes() * 60 - t;
					System.out.printf(Locale.ROOT, "[%s] step %d%s  loss %.4f  %.2f s/step  %.1f img/s  ETA %s%n", name(),
						step, budget.steps() > 0 ? "/" + budget.steps() : "", ema, per, budget.batch() / per, eta(left));
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			double v1 = evaluate(s, val, validation, validationCount, tile, channels, classes);
			System.out.printf(Locale.ROOT, "[%s] done: %d steps in %.0f s, validation loss %.4f -> %.4f%n", name(), step,
				seconds, v0, v1);
			for (NetScope scope : trainedScopes()) out.add(read(s, scope));
			return new Outcome(step, seconds, ema, v1);
		}
	}

	private double evaluate(Session s, Operand<TFloat32> val, BatchSampler.Batch b, int n, int tile, int channels,
		int classes)
	{
		List<TFloat32> close = new ArrayList<>();
		try (Result r = feed(s.runner(), b, n, tile, channels, classes, close).fetch(val).run()) {
			return ((TFloat32) r.get(0)).getFloat();
		}
		finally {
			close.forEach(TFloat32::close);
		}
	}

	private Session.Runner feed(Session.Runner r, BatchSampler.Batch b, int n, int tile, int channels, int classes,
		List<TFloat32> close)
	{
		TFloat32 ti = TFloat32.tensorOf(Shape.of(n, tile, tile, channels), DataBuffers.of(b.image, true, false));
		TFloat32 tm = TFloat32.tensorOf(Shape.of(n, tile, tile, 1), DataBuffers.of(b.mask, true, false));
		TFloat32 tl = TFloat32.tensorOf(Shape.of(n, tile, tile, classes), DataBuffers.of(b.oneHot, true, false));
		close.add(ti);
		close.add(tm);
		close.add(tl);
		return r.feed(image, ti).feed(mask, tm).feed(labels, tl);
	}

	/** The current values of a scope's parameters. */
	static Weights read(Session s, NetScope scope) {
		Weights w = new Weights();
		List<String> names = new ArrayList<>(scope.parameters().keySet());
		Session.Runner r = s.runner();
		for (String n : names) r.fetch(scope.parameters().get(n));
		try (Result res = r.run()) {
			for (int i = 0; i < names.size(); i++) {
				TFloat32 t = (TFloat32) res.get(i);
				float[] a = new float[(int) t.shape().size()];
				t.copyTo(DataBuffers.of(a, false, false));
				w.put(names.get(i), scope.shapes().get(names.get(i)), a);
			}
		}
		return w;
	}

	static String eta(double seconds) {
		long s = Math.max(0, Math.round(seconds));
		return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
	}

	/** Mean |a - b| over the hole only. */
	protected Operand<TFloat32> holeL1(Operand<TFloat32> out) {
		Operand<TFloat32> diff = tf.math.mul(tf.math.abs(tf.math.sub(out, image)), mask);
		int c = (int) out.shape().get(3);
		Operand<TFloat32> n = tf.math.mul(tf.sum(mask, tf.constant(new int[] { 0, 1, 2, 3 })), tf.constant((float) c));
		return tf.math.divNoNan(tf.sum(diff, tf.constant(new int[] { 0, 1, 2, 3 })), n);
	}

	/** Reconstruction L1 with the hole weighted 6x (the known pixels are easy; the budget should go to the hole). */
	protected Operand<TFloat32> weightedL1(Operand<TFloat32> out) {
		return weightedL1(out, null);
	}

	/**
	 * {@link #weightedL1(Operand)} leaving out the pixels where {@code noTarget} is 1 (they have no ground truth);
	 * null leaves out none.
	 */
	protected Operand<TFloat32> weightedL1(Operand<TFloat32> out, Operand<TFloat32> noTarget) {
		Operand<TFloat32> w = tf.math.add(tf.constant(1f), tf.math.mul(mask, tf.constant(5f)));
		if (noTarget != null) w = tf.math.mul(w, tf.math.sub(tf.constant(1f), noTarget));
		Operand<TFloat32> diff = tf.math.mul(tf.math.abs(tf.math.sub(out, image)), w);
		Operand<TInt32> all = tf.constant(new int[] { 0, 1, 2, 3 });
		return tf.math.divNoNan(tf.math.mean(diff, all), tf.math.mean(w, all));
	}
}

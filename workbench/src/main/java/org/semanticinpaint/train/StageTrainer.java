package org.semanticinpaint.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
 * tell a {@link TrainingListener} how it goes, validate on a fixed batch, and hand back the trained weights.
 */
public abstract class StageTrainer {

	/**
	 * The learning rate of one stage run: {@code base}, decayed by {@code schedule} over the budget; the first
	 * {@code warmupSteps} ramp it up linearly from zero: a run resumed from a trained bundle starts a fresh Adam, whose
	 * first steps (no second-moment estimate yet) move every weight by about the full rate. (On em-nanoparticles 30
	 * warm-up steps did not change the validation loss after 30 steps; the joint rounds use 50 as a precaution.)
	 */
	public record Rate(float base, LearningRateSchedule schedule, int warmupSteps) {
		/** A constant rate without warm-up. */
		public Rate(float base) {
			this(base, LearningRateSchedule.CONSTANT, 0);
		}
	}

	/** Budget and optimiser settings of one stage run: whichever of {@code steps} and {@code minutes} ends first. */
	public record Budget(int steps, double minutes, int batch, Rate rate, int threads) {
		/** The share of the budget spent after {@code step} steps and {@code seconds}: the larger of the two. */
		double progress(int step, double seconds) {
			double p = 0;
			if (steps > 0) p = Math.max(p, step / (double) steps);
			if (minutes > 0) p = Math.max(p, seconds / (minutes * 60));
			return p;
		}

		float learningRateAt(int step, double seconds) {
			float r = rate.schedule().rate(rate.base(), progress(step, seconds));
			return step < rate.warmupSteps() ? r * (step + 1) / rate.warmupSteps() : r;
		}

		boolean spent(int step, double seconds) {
			return steps > 0 && step >= steps || minutes > 0 && seconds >= minutes * 60;
		}
	}

	/** What a run produced: its counts and losses, and the weights of every network it trained. */
	public record Outcome(int steps, double seconds, double trainLoss, double validationLoss,
		Map<Network, Weights> weights)
	{
		public Outcome {
			weights = Collections.unmodifiableMap(new EnumMap<>(weights));
		}

		/** The trained weights of {@code n}; null if this stage does not train it. */
		public Weights weights(Network n) {
			return weights.get(n);
		}
	}

	protected Ops tf;
	protected Placeholder<TFloat32> image, mask, labels;

	/** The stage this trainer runs. */
	public abstract Stage stage();

	/** The stage's name in the card's step counts and metrics: its key, unless a variant has its own. */
	public String cardKey() {
		return stage().key();
	}

	/** Builds networks and losses on {@link #image}, {@link #mask}, {@link #labels}; returns the training loss. */
	protected abstract Operand<TFloat32> build(int tile, int channels, int classes);

	/** Optimiser steps to add to a training run. */
	protected abstract void addUpdates(Session.Runner runner, float lr, List<TFloat32> toClose);

	/** The validation loss (hole L1 for image stages, cross-entropy for segmentation). */
	protected abstract Operand<TFloat32> validationLoss();

	/** Scopes whose weights this stage changes, by network, read back at the end. */
	protected abstract Map<Network, NetScope> trainedScopes();

	/**
	 * Trains on batches of {@code train} until the budget is spent; validates on all of {@code validation} before
	 * and after.
	 */
	public Outcome run(BatchSampler train, BatchSampler.Batch validation, Budget budget, TrainingListener listener) {
		try (Graph g = new Graph(); Session s = new Session(g, TfConfig.session(budget.threads()))) {
			tf = Ops.create(g);
			int tile = validation.tile, channels = validation.channels, classes = validation.classes;
			image = tf.withName("train_image").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, tile, tile, channels)));
			mask = tf.withName("train_mask").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, tile, tile, 1)));
			labels = tf.withName("train_labels").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, tile, tile, classes)));
			Operand<TFloat32> loss = build(tile, channels, classes);
			Operand<TFloat32> val = validationLoss();
			s.initialize();
			double v0 = evaluate(s, val, validation);
			listener.started(stage(), budget, v0);
			long start = System.nanoTime();
			double ema = Double.NaN;
			DivergenceGuard guard = new DivergenceGuard(cardKey());
			int step = 0;
			for (double elapsed = 0; !budget.spent(step, elapsed); elapsed = (System.nanoTime() - start) / 1e9) {
				double l = step(s, loss, train.next(budget.batch()), budget.learningRateAt(step, elapsed));
				ema = Double.isNaN(ema) ? l : 0.95 * ema + 0.05 * l;
				step++;
				guard.check(step, ema);
				listener.stepped(stage(), step, ema, (System.nanoTime() - start) / 1e9);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			Map<Network, Weights> trained = new EnumMap<>(Network.class);
			trainedScopes().forEach((n, scope) -> trained.put(n, read(s, scope)));
			Outcome o = new Outcome(step, seconds, ema, evaluate(s, val, validation), trained);
			listener.finished(stage(), o, v0);
			return o;
		}
	}

	/** One optimiser step on batch {@code b}; returns its training loss. */
	private double step(Session s, Operand<TFloat32> loss, BatchSampler.Batch b, float learningRate) {
		List<TFloat32> close = new ArrayList<>();
		try {
			Session.Runner r = feed(s.runner(), b, close);
			addUpdates(r, learningRate, close);
			try (Result res = r.fetch(loss).run()) {
				return ((TFloat32) res.get(0)).getFloat();
			}
		}
		finally {
			close.forEach(TFloat32::close);
		}
	}

	private double evaluate(Session s, Operand<TFloat32> val, BatchSampler.Batch b) {
		List<TFloat32> close = new ArrayList<>();
		try (Result r = feed(s.runner(), b, close).fetch(val).run()) {
			return ((TFloat32) r.get(0)).getFloat();
		}
		finally {
			close.forEach(TFloat32::close);
		}
	}

	private Session.Runner feed(Session.Runner r, BatchSampler.Batch b, List<TFloat32> close) {
		TFloat32 ti = TFloat32.tensorOf(Shape.of(b.count, b.tile, b.tile, b.channels), DataBuffers.of(b.image, true, false));
		TFloat32 tm = TFloat32.tensorOf(Shape.of(b.count, b.tile, b.tile, 1), DataBuffers.of(b.mask, true, false));
		TFloat32 tl = TFloat32.tensorOf(Shape.of(b.count, b.tile, b.tile, b.classes), DataBuffers.of(b.oneHot, true, false));
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

package org.semanticinpaint.train;

import java.util.ArrayList;
import java.util.List;

import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Adam on an explicit variable list (TensorFlow's ApplyAdam kernel). Written here rather than taken from
 * tensorflow-framework because a GAN needs two optimizers over disjoint variables, and the framework's
 * minimize() takes every variable of the graph. Learning rate and bias-correction powers are fed per step.
 */
public final class Adam {

	/** Adam's decay rates of the first and second moment estimates. */
	public record Betas(float beta1, float beta2) {
		/** The paper's, for stage 1, stage 2 and the discriminator. */
		public static final Betas GAN = new Betas(0f, 0.9f);
		/** Adam's usual ones, for the segmentation network. */
		public static final Betas USUAL = new Betas(0.9f, 0.999f);
	}

	private final Placeholder<TFloat32> lr, beta1Power, beta2Power;
	private final Op update;
	private final float beta1, beta2;
	private long step;

	/**
	 * How the step is applied.
	 *
	 * @param rateScales per variable, its learning rate relative to the one fed (null: all 1); one gradient pass
	 *     serves all, where two optimizers over parts of a network would run its backward pass twice
	 * @param waitFor what else must be computed before any variable changes: another optimizer's gradients that read
	 *     these variables (a GAN's generator gradients read the discriminator's weights)
	 */
	public record Options(float[] rateScales, List<Op> waitFor) {
		public static final Options NONE = new Options(null, List.of());

		public static Options scaled(float[] rateScales) {
			return new Options(rateScales, List.of());
		}
	}

	private final List<Op> gradients = new ArrayList<>();

	public Adam(Ops tf, String name, Operand<TFloat32> loss, List<Variable<TFloat32>> vars, Betas betas) {
		this(tf, name, loss, vars, betas, Options.NONE);
	}

	/**
	 * Every variable is updated only after every gradient (and {@code options.waitFor()}) is computed, so that all
	 * gradients see the weights before the step, whatever order TensorFlow runs the ops in: a run is reproducible.
	 */
	public Adam(Ops tf, String name, Operand<TFloat32> loss, List<Variable<TFloat32>> vars, Betas betas,
		Options options)
	{
		float[] rateScales = options.rateScales();
		if (rateScales != null && rateScales.length != vars.size()) throw new IllegalArgumentException(
			rateScales.length + " rate scales for " + vars.size() + " variables");
		this.beta1 = betas.beta1();
		this.beta2 = betas.beta2();
		lr = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
		beta1Power = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
		beta2Power = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
		Gradients grads = tf.gradients(loss, vars);
		for (int i = 0; i < vars.size(); i++) gradients.add(tf.identity(grads.dy(i)));
		List<Op> barrier = new ArrayList<>(gradients);
		barrier.addAll(options.waitFor());
		List<Op> updates = new ArrayList<>();
		for (int i = 0; i < vars.size(); i++) {
			Variable<TFloat32> v = vars.get(i);
			String base = v.op().name() + "_" + name;
			Variable<TFloat32> m = tf.withName(base + "_m").variable(tf.zerosLike(v));
			Variable<TFloat32> s = tf.withName(base + "_v").variable(tf.zerosLike(v));
			@SuppressWarnings("unchecked")
			Operand<TFloat32> g = (Operand<TFloat32>) (Operand<?>) grads.dy(i);
			Operand<TFloat32> rate = rateScales == null || rateScales[i] == 1 ? lr
				: tf.math.mul(lr, tf.constant(rateScales[i]));
			updates.add(tf.withControlDependencies(barrier).train.applyAdam(v, m, s, beta1Power, beta2Power, rate,
				tf.constant(beta1), tf.constant(beta2), tf.constant(1e-8f), g));
		}
		update = tf.withControlDependencies(updates).noOp();
	}

	/** This optimizer's gradients, for another optimizer to wait for. */
	public List<Op> gradients() {
		return List.copyOf(gradients);
	}

	/** Adds this optimizer's step to a run; call once per step. */
	public void addTo(Session.Runner runner, float learningRate, List<TFloat32> toClose) {
		step++;
		TFloat32 l = TFloat32.scalarOf(learningRate), b1 = TFloat32.scalarOf((float) Math.pow(beta1, step)),
			b2 = TFloat32.scalarOf((float) Math.pow(beta2, step));
		toClose.add(l);
		toClose.add(b1);
		toClose.add(b2);
		runner.feed(lr, l).feed(beta1Power, b1).feed(beta2Power, b2).addTarget(update);
	}
}

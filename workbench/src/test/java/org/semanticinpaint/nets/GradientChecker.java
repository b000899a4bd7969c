package org.semanticinpaint.nets;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Compares TensorFlow's symbolic gradient of a scalar loss with central finite differences (float64 arithmetic
 * is not available, so the loss is built to be smooth and the step is 1e-2 on float32).
 */
final class GradientChecker {

	/** A scalar loss built on the checked inputs: placeholders of the given shapes, in their order. */
	interface Loss {
		Operand<TFloat32> of(Ops tf, List<Placeholder<TFloat32>> inputs);
	}

	/** Largest relative error over {@code probes} probed coordinates of every input, of the given shapes. */
	static double maxRelativeError(Loss lossOf, long seed, int probes, long[]... shapes) {
		Random r = new Random(seed);
		float[][] values = new float[shapes.length][];
		for (int i = 0; i < shapes.length; i++) {
			int n = (int) Shape.of(shapes[i]).size();
			values[i] = new float[n];
			for (int k = 0; k < n; k++) values[i][k] = (float) r.nextGaussian() * 0.5f;
		}
		try (Graph g = new Graph(); Session s = new Session(g)) {
			Ops tf = Ops.create(g);
			List<Placeholder<TFloat32>> inputs = Arrays.stream(shapes).map(shape -> input(tf, shape)).toList();
			Operand<TFloat32> loss = lossOf.of(tf, inputs);
			if (g.operation("init") != null || hasVariables(g)) s.initialize();
			Gradients grads = tf.gradients(loss, inputs);
			double worst = 0;
			for (int i = 0; i < inputs.size(); i++) {
				float[] sym = run(s, inputs, values, shapes, grads.dy(i));
				for (int p = 0; p < probes; p++) {
					int k = r.nextInt(values[i].length);
					float old = values[i][k];
					float h = 1e-2f;
					values[i][k] = old + h;
					double up = run(s, inputs, values, shapes, loss)[0];
					values[i][k] = old - h;
					double down = run(s, inputs, values, shapes, loss)[0];
					values[i][k] = old;
					double fd = (up - down) / (2 * h);
					double err = Math.abs(fd - sym[k]) / Math.max(1e-2, Math.abs(fd) + Math.abs(sym[k]));
					worst = Math.max(worst, err);
				}
			}
			return worst;
		}
	}

	private static boolean hasVariables(Graph g) {
		for (var it = g.operations(); it.hasNext();) {
			String t = it.next().type();
			if (t.startsWith("Variable")) return true;
		}
		return false;
	}

	private static float[] run(Session s, List<Placeholder<TFloat32>> inputs, float[][] values, long[][] shapes,
		Operand<?> fetch)
	{
		Session.Runner r = s.runner();
		TFloat32[] ts = new TFloat32[inputs.size()];
		try {
			for (int i = 0; i < ts.length; i++) {
				ts[i] = TFloat32.tensorOf(Shape.of(shapes[i]), DataBuffers.of(values[i], true, false));
				r.feed(inputs.get(i), ts[i]);
			}
			try (Result res = r.fetch(fetch).run()) {
				TFloat32 t = (TFloat32) res.get(0);
				float[] out = new float[(int) t.shape().size()];
				t.copyTo(DataBuffers.of(out, false, false));
				return out;
			}
		}
		finally {
			for (TFloat32 t : ts) if (t != null) t.close();
		}
	}

	static Placeholder<TFloat32> input(Ops tf, long... shape) {
		return tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(shape)));
	}

	/** A smooth scalar of an output: sum(out * fixed random weights) + 0.5 * mean(out^2). */
	static Operand<TFloat32> probeLoss(Ops tf, Operand<TFloat32> out, long seed) {
		int n = (int) out.shape().size();
		float[] w = new float[n];
		Random r = new Random(seed);
		for (int i = 0; i < n; i++) w[i] = (float) r.nextGaussian();
		Operand<TFloat32> c = tf.constant(out.shape(), DataBuffers.of(w, true, false));
		Operand<TFloat32> all = tf.reshape(out, tf.constant(new long[] { -1 }));
		Operand<TFloat32> cw = tf.reshape(c, tf.constant(new long[] { -1 }));
		return tf.math.add(tf.sum(tf.math.mul(all, cw), tf.constant(0)),
			tf.math.mul(tf.constant(0.5f), tf.math.mean(tf.math.square(all), tf.constant(0))));
	}
}

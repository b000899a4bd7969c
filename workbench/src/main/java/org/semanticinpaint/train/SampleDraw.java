package org.semanticinpaint.train;

import java.util.List;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.random.RandomUniform;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** Per-sample random choices inside a training graph: which samples of a batch get an optional treatment. */
final class SampleDraw {

	private SampleDraw() {}

	/** A share of the samples must be a probability (NaN is not). */
	static void requireShare(String of, float share) {
		if (!(share >= 0 && share <= 1)) throw new IllegalArgumentException("the share of " + of +
			" must be between 0 and 1: " + share);
	}

	/** The shape [B, 1, 1, 1] for a batch shaped like {@code batchShaped} (B first). */
	static Operand<TInt32> perSample(Ops tf, Operand<TFloat32> batchShaped) {
		Operand<TInt32> batch = tf.slice(tf.shape(batchShaped), tf.constant(new int[] { 0 }), tf.constant(new int[] { 1 }));
		return tf.concat(List.of(batch, tf.constant(new int[] { 1, 1, 1 })), tf.constant(0));
	}

	/** 1 for a sample chosen with probability {@code share}, else 0; [B, 1, 1, 1]. */
	static Operand<TFloat32> chosen(Ops tf, Operand<TFloat32> batchShaped, float share, long seed) {
		Operand<TFloat32> u = tf.random.randomUniform(perSample(tf, batchShaped), TFloat32.class, RandomUniform.seed(seed));
		return tf.dtypes.cast(tf.math.less(u, tf.constant(share)), TFloat32.class);
	}
}

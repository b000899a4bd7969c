package org.semanticinpaint.nets;

import java.util.List;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Max;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Training losses: L1, a perceptual loss on the encoder of our own segmentation network (frozen), and the
 * least-squares GAN losses (Mao et al.).
 */
public final class Losses {

	private Losses() {}

	public static Operand<TFloat32> l1(Ops tf, Operand<TFloat32> a, Operand<TFloat32> b) {
		return tf.math.mean(tf.math.abs(tf.math.sub(a, b)), allAxes(tf, a));
	}

	/**
	 * Mean L1 between the encoder features of {@code fake} and {@code real}, summed over the four scales. The
	 * frozen scope must hold the segmentation network's weights as constants; both images go through one
	 * encoder in a single batch so each weight exists once.
	 */
	public static Operand<TFloat32> perceptual(NetScope frozen, SegmentationNet.Config c, Operand<TFloat32> fake,
		Operand<TFloat32> real)
	{
		Ops tf = frozen.tf();
		Operand<TFloat32> both = tf.concat(List.of(fake, real), tf.constant(0));
		Operand<TFloat32> total = tf.constant(0f);
		for (Operand<TFloat32> f : SegmentationNet.encoder(frozen, c, both)) {
			List<org.tensorflow.Output<TFloat32>> halves = tf.split(tf.constant(0), f, 2L).output();
			total = tf.math.add(total, l1(tf, halves.get(0), halves.get(1)));
		}
		return total;
	}

	/** Discriminator: (D(real) - 1)^2 + D(fake)^2, averaged. */
	public static Operand<TFloat32> lsganDiscriminator(Ops tf, Operand<TFloat32> dReal, Operand<TFloat32> dFake) {
		Operand<TFloat32> r = tf.math.mean(tf.math.square(tf.math.sub(dReal, tf.constant(1f))), allAxes(tf, dReal));
		Operand<TFloat32> f = tf.math.mean(tf.math.square(dFake), allAxes(tf, dFake));
		return tf.math.mul(tf.math.add(r, f), tf.constant(0.5f));
	}

	/** Generator: (D(fake) - 1)^2, averaged. */
	public static Operand<TFloat32> lsganGenerator(Ops tf, Operand<TFloat32> dFake) {
		return tf.math.mean(tf.math.square(tf.math.sub(dFake, tf.constant(1f))), allAxes(tf, dFake));
	}

	/** Generator term over the samples where {@code sampleWeight} ([B, 1, 1, 1]) is 1; 0 when there are none. */
	public static Operand<TFloat32> lsganGenerator(Ops tf, Operand<TFloat32> dFake, Operand<TFloat32> sampleWeight) {
		long perSample = 1; // patches per sample (the batch dimension may be unknown)
		for (int i = 1; i < dFake.shape().numDimensions(); i++) perSample *= dFake.shape().get(i);
		Operand<TFloat32> sq = tf.math.mul(tf.math.square(tf.math.sub(dFake, tf.constant(1f))), sampleWeight);
		return tf.math.divNoNan(tf.sum(sq, allAxes(tf, sq)),
			tf.math.mul(tf.sum(sampleWeight, allAxes(tf, sampleWeight)), tf.constant((float) perSample)));
	}

	/**
	 * Softmax cross-entropy from logits against one-hot targets, ignoring pixels whose target row is all 0. The log
	 * softmax is spelled out because TensorFlow-Java's LogSoftmax op gets a wrong gradient (GradientCheckTest).
	 */
	public static Operand<TFloat32> crossEntropy(Ops tf, Operand<TFloat32> logits, Operand<TFloat32> oneHot) {
		Operand<TInt32> last = tf.constant(new int[] { 3 });
		Operand<TFloat32> shifted = tf.math.sub(logits, tf.stopGradient(tf.max(logits, last, Max.keepDims(true))));
		Operand<TFloat32> logp = tf.math.sub(shifted,
			tf.math.log(tf.sum(tf.math.exp(shifted), last, org.tensorflow.op.core.Sum.keepDims(true))));
		Operand<TFloat32> perPixel = tf.math.neg(tf.sum(tf.math.mul(logp, oneHot), last));
		Operand<TFloat32> valid = tf.sum(oneHot, last);
		return tf.math.divNoNan(tf.sum(perPixel, allAxes(tf, perPixel)), tf.sum(valid, allAxes(tf, valid)));
	}

	static Operand<TInt32> allAxes(Ops tf, Operand<?> x) {
		int n = x.shape().numDimensions();
		int[] axes = new int[n];
		for (int i = 0; i < n; i++) axes[i] = i;
		return tf.constant(axes);
	}
}

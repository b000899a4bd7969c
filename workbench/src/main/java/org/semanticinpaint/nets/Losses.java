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

	/**
	 * 1 - SSIM of {@code a} against {@code b} for images in [0, 1], as Wang et al. 2004 and our evaluation
	 * ({@code Ssim}) measure it: 11x11 Gaussian window, sigma 1.5, K1 0.01, K2 0.03, per channel, over the valid
	 * window centres, each weighted by {@code weight} [B, H, W, 1] at the centre (the hole: windows there still
	 * see the seam). L1 favours a fill with the right mean; SSIM also asks for the right local contrast.
	 */
	public static Operand<TFloat32> ssimLoss(Ops tf, Operand<TFloat32> a, Operand<TFloat32> b,
		Operand<TFloat32> weight)
	{
		int c = (int) a.shape().get(3), size = 11, half = size / 2;
		double[] g = new double[size];
		double sum = 0;
		for (int i = 0; i < size; i++) sum += g[i] = Math.exp(-(i - half) * (i - half) / (2 * 1.5 * 1.5));
		// one 2-D window per channel (a diagonal kernel), and a kernel that picks each valid window's centre
		float[][][][] window = new float[size][size][c][c], centre = new float[size][size][1][1];
		for (int y = 0; y < size; y++)
			for (int x = 0; x < size; x++)
				for (int ch = 0; ch < c; ch++) window[y][x][ch][ch] = (float) (g[y] * g[x] / (sum * sum));
		centre[half][half][0][0] = 1f;
		Operand<TFloat32> k = tf.constant(window);
		java.util.function.UnaryOperator<Operand<TFloat32>> mean = x -> tf.nn.conv2d(x, k,
			List.of(1L, 1L, 1L, 1L), "VALID");
		Operand<TFloat32> muA = mean.apply(a), muB = mean.apply(b);
		Operand<TFloat32> muAB = tf.math.mul(muA, muB);
		Operand<TFloat32> muA2 = tf.math.square(muA), muB2 = tf.math.square(muB);
		Operand<TFloat32> varA = tf.math.sub(mean.apply(tf.math.square(a)), muA2);
		Operand<TFloat32> varB = tf.math.sub(mean.apply(tf.math.square(b)), muB2);
		Operand<TFloat32> cov = tf.math.sub(mean.apply(tf.math.mul(a, b)), muAB);
		Operand<TFloat32> c1 = tf.constant(0.01f * 0.01f), c2 = tf.constant(0.03f * 0.03f), two = tf.constant(2f);
		Operand<TFloat32> map = tf.math.div(
			tf.math.mul(tf.math.add(tf.math.mul(two, muAB), c1), tf.math.add(tf.math.mul(two, cov), c2)),
			tf.math.mul(tf.math.add(tf.math.add(muA2, muB2), c1), tf.math.add(tf.math.add(varA, varB), c2)));
		Operand<TFloat32> w = tf.nn.conv2d(weight, tf.constant(centre), List.of(1L, 1L, 1L, 1L), "VALID");
		Operand<TFloat32> total = tf.math.mul(tf.sum(w, allAxes(tf, w)), tf.constant((float) c));
		return tf.math.sub(tf.constant(1f),
			tf.math.divNoNan(tf.sum(tf.math.mul(map, w), allAxes(tf, map)), total));
	}

	static Operand<TInt32> allAxes(Ops tf, Operand<?> x) {
		int n = x.shape().numDimensions();
		int[] axes = new int[n];
		for (int i = 0; i < n; i++) axes[i] = i;
		return tf.constant(axes);
	}
}

package org.semanticinpaint.nets;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Stage 2, the semantic decoder G(F_c, S_m): stage 1's features go up x2 twice through SPADE residual blocks
 * driven by the (edited) one-hot label map, then LeakyReLU and conv3x3 (SPADEGenerator's tail). The conv's output
 * is added to stage 1's coarse fill instead of passing through tanh: the decoder keeps stage 1's colours unless the
 * labels ask for something else, and an untrained decoder already renders stage 1's result.
 */
public final class SpadeDecoder {

	/**
	 * @param featureChannels channels of F_c (4 x stage 1 width)
	 * @param hidden SPADE's shared conv width (128 in SPADE)
	 * @param bilinear upsample the features bilinearly instead of by nearest neighbour (SPADE's choice), which
	 *     left a 4-pixel grid in textures the decoder invents from the smooth features inside a hole
	 */
	public record Config(int channels, int classes, int featureChannels, int hidden, int tile, boolean bilinear) {}

	/** The fine image clamped to [-1, 1], and the same before the clamp (what training's L1 sees). */
	public record Outputs(Operand<TFloat32> image, Operand<TFloat32> unclamped) {}

	private SpadeDecoder() {}

	/**
	 * @param features N x T/4 x T/4 x featureChannels
	 * @param labels one-hot N x T x T x classes
	 * @param coarse stage 1's coarse fill, N x T x T x channels in [-1, 1]
	 */
	public static Outputs build(NetScope s, Config c, Operand<TFloat32> features, Operand<TFloat32> labels,
		Operand<TFloat32> coarse)
	{
		Ops tf = s.tf();
		int f = c.featureChannels();
		Operand<TFloat32> x = SpadeResBlock.apply(s, "head", features, labels, f, c.hidden());
		x = SpadeResBlock.apply(s, "up0", up(tf, c, x), labels, f / 2, c.hidden());
		x = SpadeResBlock.apply(s, "up1", up(tf, c, x), labels, f / 4, c.hidden());
		// small initial weights: the residual starts near zero
		x = Conv2d.apply(s, "residual", Activations.leakyRelu(tf, x), c.channels(), 3, 1, true, 1e-3f);
		Operand<TFloat32> out = tf.math.add(coarse, x);
		return new Outputs(tf.clipByValue(out, tf.constant(-1f), tf.constant(1f)), out);
	}

	private static Operand<TFloat32> up(Ops tf, Config c, Operand<TFloat32> x) {
		return c.bilinear() ? Resize.bilinearX2(tf, x) : Resize.nearestX2(tf, x);
	}
}

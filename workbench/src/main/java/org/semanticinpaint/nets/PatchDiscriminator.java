package org.semanticinpaint.nets;

import java.util.List;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The 70x70 PatchGAN (pix2pix): 4x4 convs with strides 2, 2, 2, 1, 1 and widths w, 2w, 4w, 8w, 1; instance norm
 * from the second layer; LeakyReLU 0.2. Conditioned on the label map, so it judges "is this a plausible image
 * of these classes".
 */
public final class PatchDiscriminator {

	/** @param width 64 in pix2pix */
	public record Config(int width) {}

	private PatchDiscriminator() {}

	/** Patch scores, N x T/8 x T/8 x 1 (no sigmoid: least-squares GAN). */
	public static Operand<TFloat32> build(NetScope s, Config c, Operand<TFloat32> image, Operand<TFloat32> labels) {
		Ops tf = s.tf();
		int w = c.width();
		Operand<TFloat32> x = tf.concat(List.of(image, labels), tf.constant(3));
		x = Activations.leakyRelu(tf, Conv2d.apply(s, "conv0", x, w, 4, 2));
		x = block(s, "conv1", x, 2 * w, 2);
		x = block(s, "conv2", x, 4 * w, 2);
		x = block(s, "conv3", x, 8 * w, 1);
		return Conv2d.apply(s, "conv4", x, 1, 4, 1);
	}

	private static Operand<TFloat32> block(NetScope s, String name, Operand<TFloat32> x, int cout, int stride) {
		Ops tf = s.tf();
		return Activations.leakyRelu(tf, Normalization.instanceNorm(tf, Conv2d.apply(s, name, x, cout, 4, stride)));
	}
}

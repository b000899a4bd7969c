package org.semanticinpaint.train;

import java.util.ArrayList;
import java.util.List;

import org.semanticinpaint.nets.Blur;
import org.semanticinpaint.nets.EspaAutoencoder;
import org.semanticinpaint.nets.Losses;
import org.semanticinpaint.nets.NetGraphs;
import org.semanticinpaint.nets.NetScope;
import org.semanticinpaint.nets.PatchDiscriminator;
import org.semanticinpaint.nets.SegmentationNet;
import org.semanticinpaint.nets.SpadeDecoder;
import org.semanticinpaint.nets.Weights;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.types.TFloat32;

/**
 * Stage 2 with ground-truth labels: L1 + perceptual (weight 1 in the paper) + 0.01 x LSGAN against a
 * label-conditioned PatchGAN, plus
 * (ours, optional) a controllability term: cross-entropy of the frozen segmentation network on the generated hole
 * (blurred by {@link Blur}) against the guidance. With
 * {@code joint} stage 1 is trained too (the paper's joint fine-tuning), its coarse output kept under its own L1.
 */
public final class DecoderTrainer extends StageTrainer {

	private final EspaAutoencoder.Config s1Config;
	private final SpadeDecoder.Config config;
	private final SegmentationNet.Config segConfig;
	private final PatchDiscriminator.Config dConfig;
	private final Weights s1Weights, initial, segWeights, dWeights;
	private final boolean joint;
	private final float perceptualWeight, controlWeight;
	private final long seed;
	private NetScope s1, s2, d;
	private Adam adamG, adamD;
	private Operand<TFloat32> val;

	public DecoderTrainer(EspaAutoencoder.Config s1Config, SpadeDecoder.Config config, SegmentationNet.Config segConfig,
		PatchDiscriminator.Config dConfig, Weights s1Weights, Weights initial, Weights segWeights, Weights dWeights,
		boolean joint, float perceptualWeight, float controlWeight, long seed)
	{
		this.perceptualWeight = perceptualWeight;
		this.controlWeight = controlWeight;
		this.s1Config = s1Config;
		this.config = config;
		this.segConfig = segConfig;
		this.dConfig = dConfig;
		this.s1Weights = s1Weights;
		this.initial = initial;
		this.segWeights = segWeights;
		this.dWeights = dWeights;
		this.joint = joint;
		this.seed = seed;
	}

	@Override
	public String name() {
		return joint ? "joint" : "decode";
	}

	@Override
	protected Operand<TFloat32> build(int tile, int channels, int classes) {
		s1 = new NetScope(tf, NetGraphs.INPAINT_PREFIX, joint ? NetScope.Mode.TRAINABLE : NetScope.Mode.FROZEN,
			s1Weights, seed);
		EspaAutoencoder.Outputs o = EspaAutoencoder.build(s1, s1Config, image, mask);
		s2 = new NetScope(tf, NetGraphs.DECODE_PREFIX, NetScope.Mode.TRAINABLE, initial, seed + 1);
		SpadeDecoder.Outputs g = SpadeDecoder.build(s2, config, o.features(), labels, o.coarse());
		Operand<TFloat32> fake = g.image();
		NetScope frozen = new NetScope(tf, NetGraphs.SEGMENT_PREFIX, NetScope.Mode.FROZEN, segWeights, seed);
		// the discriminator sees the composite: only the hole is generated
		Operand<TFloat32> keep = tf.math.sub(tf.constant(1f), mask);
		Operand<TFloat32> composite = tf.math.add(tf.math.mul(fake, mask), tf.math.mul(image, keep));
		d = new NetScope(tf, NetGraphs.DISC_PREFIX, NetScope.Mode.TRAINABLE, dWeights, seed + 2);
		Operand<TFloat32> dFake = PatchDiscriminator.build(d, dConfig, composite, labels);
		Operand<TFloat32> dReal = PatchDiscriminator.build(d.reusing(), dConfig, image, labels);
		Operand<TFloat32> dFakeStopped = PatchDiscriminator.build(d.reusing(), dConfig, tf.stopGradient(composite), labels);
		Operand<TFloat32> perceptual = tf.math.mul(tf.constant(perceptualWeight),
			Losses.perceptual(frozen, segConfig, fake, image));
		Operand<TFloat32> lossG = tf.math.add(tf.math.add(weightedL1(g.unclamped()), perceptual),
			tf.math.mul(tf.constant(0.01f), Losses.lsganGenerator(tf, dFake)));
		if (joint) lossG = tf.math.add(lossG, weightedL1(o.unclamped()));
		if (controlWeight > 0) {
			// controllability: the frozen segmentation network must find the guidance in the generated hole, seen
			// blurred so that patterns too fine for a person to see cannot satisfy it (they made blocky fills)
			Operand<TFloat32> holeLabels = tf.math.mul(labels, mask);
			Operand<TFloat32> control = Losses.crossEntropy(tf, SegmentationNet.logits(frozen.reusing(), segConfig,
				Blur.binomial5(tf, composite)), holeLabels);
			lossG = tf.math.add(lossG, tf.math.mul(tf.constant(controlWeight), control));
		}
		Operand<TFloat32> lossD = Losses.lsganDiscriminator(tf, dReal, dFakeStopped);
		List<org.tensorflow.op.core.Variable<TFloat32>> gVars = new ArrayList<>(s2.variables());
		if (joint) gVars.addAll(s1.variables());
		adamG = new Adam(tf, "adam", lossG, gVars, 0f, 0.9f);
		adamD = new Adam(tf, "adam", lossD, d.variables(), 0f, 0.9f);
		val = holeL1(fake);
		return lossG;
	}

	@Override
	protected void addUpdates(Session.Runner runner, float lr, List<TFloat32> toClose) {
		adamG.addTo(runner, lr, toClose);
		adamD.addTo(runner, lr, toClose);
	}

	@Override
	protected Operand<TFloat32> validationLoss() {
		return val;
	}

	/** s2, the discriminator (kept for resuming), and s1 when joint. */
	@Override
	protected List<NetScope> trainedScopes() {
		return joint ? List.of(s2, d, s1) : List.of(s2, d);
	}
}

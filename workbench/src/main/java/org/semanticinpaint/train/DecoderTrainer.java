package org.semanticinpaint.train;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.semanticinpaint.nets.Blur;
import org.semanticinpaint.nets.EspaAutoencoder;
import org.semanticinpaint.nets.Losses;
import org.semanticinpaint.nets.NetGraphs;
import org.semanticinpaint.nets.NetScope;
import org.semanticinpaint.nets.PatchDiscriminator;
import org.semanticinpaint.nets.SegmentationNet;
import org.semanticinpaint.nets.SpadeDecoder;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Stage 2 with ground-truth labels: L1 + perceptual (weight 1 in the paper) + 0.01 x LSGAN (the paper's weight,
 * {@link LossWeights#adversarial()}) against a label-conditioned PatchGAN, plus
 * (ours, optional) a controllability term: cross-entropy of the frozen segmentation network on the generated hole
 * (blurred by {@link Blur}) against the guidance. With
 * {@code joint} stage 1 is trained too (the paper's joint fine-tuning), its coarse output kept under its own L1, at
 * {@link #JOINT_STAGE1_RATE} of the rate: at the full rate joint runs diverged (em-nanoparticles at 1e-4 after 260
 * steps, street-scenes at 2e-4 after 60).
 * <p>
 * (Ours, optional) for a share of the samples the hole's guidance is stage 1's own proposal (the segmentation of the
 * coarse composite) instead of the ground truth: what stage 2 receives at run time when a person accepts the
 * proposal. (Ours, optional) for a share of the samples a disc of a class a person would paint is painted into the
 * hole's guidance ({@link GuidanceEdits}); it is judged by the controllability loss only. Validation always uses
 * the ground truth, so its hole L1 stays comparable between runs.
 */
public final class DecoderTrainer extends StageTrainer {

	/** Stage 1's learning rate in a joint run, relative to stage 2's. */
	static final float JOINT_STAGE1_RATE = 0.1f;

	private final NetworkConfigs configs;
	private final NetworkWeights start;
	private final boolean joint;
	private final LossWeights weights;
	private final GuidanceEdits.Painting painting;
	private final long seed;
	private NetScope s1, s2, d;
	private Adam adamG, adamD;
	private Operand<TFloat32> val;

	/** The guidance stage 2 is given, and where practice edits painted into it (both null without edits). */
	private record Given(Operand<TFloat32> guidance, Operand<TFloat32> painted, Operand<TFloat32> unedited) {}

	/**
	 * @param perceptual weight of the perceptual loss (1 in the paper)
	 * @param control weight of the controllability cross-entropy (0 = off)
	 * @param ownLabels share of samples whose hole guidance is stage 1's own proposal, 0..1
	 * @param edits share of samples whose hole guidance gets a painted disc, 0..1; needs the controllability loss,
	 *        the only term that can judge a disc with no ground truth
	 * @param ssim weight of 1 - SSIM of the composite in the hole (0 = off)
	 * @param adversarial weight of the LSGAN term ({@link #PAPER_ADVERSARIAL} in the paper)
	 */
	public record LossWeights(float perceptual, float control, float ownLabels, float edits, float ssim,
		float adversarial)
	{
		/** The paper's weight of the adversarial term. */
		public static final float PAPER_ADVERSARIAL = 0.01f;

		public LossWeights {
			if (!(ssim >= 0)) throw new IllegalArgumentException("the SSIM loss weight must be 0 or more: " + ssim);
			if (!(adversarial >= 0)) throw new IllegalArgumentException("the adversarial loss weight must be 0 or " +
				"more: " + adversarial);
			SampleDraw.requireShare("own labels", ownLabels);
			SampleDraw.requireShare("edited holes", edits);
			if (edits > 0 && !(control > 0)) throw new IllegalArgumentException("practice edits need the " +
				"controllability loss (--control > 0): a painted disc has no ground truth to compare with");
		}

		public LossWeights(float perceptual, float control, float ownLabels, float edits, float ssim) {
			this(perceptual, control, ownLabels, edits, ssim, PAPER_ADVERSARIAL);
		}

		public LossWeights(float perceptual, float control, float ownLabels) {
			this(perceptual, control, ownLabels, 0f, 0f);
		}

		public static final LossWeights PAPER = new LossWeights(1f, 0f, 0f);
	}

	/**
	 * Stage 2 from {@code start.decode()} (null: fresh) with stage 1 ({@code start.inpaint()}; trained too when
	 * {@code joint}) and the frozen segmentation network {@code start.segment()}; the discriminator starts afresh.
	 */
	public DecoderTrainer(NetworkConfigs configs, NetworkWeights start, boolean joint, LossWeights weights,
		GuidanceEdits.Painting painting, long seed)
	{
		this.configs = configs;
		this.start = start;
		this.joint = joint;
		this.weights = weights;
		this.painting = painting;
		this.seed = seed;
	}

	@Override
	public Stage stage() {
		return joint ? Stage.JOINT : Stage.DECODE;
	}

	@Override
	protected Operand<TFloat32> build(int tile, int channels, int classes) {
		s1 = new NetScope(tf, NetGraphs.INPAINT_PREFIX, joint ? NetScope.Mode.TRAINABLE : NetScope.Mode.FROZEN,
			start.inpaint(), seed);
		EspaAutoencoder.Outputs o = EspaAutoencoder.build(s1, configs.inpaint(), image, mask);
		s2 = new NetScope(tf, NetGraphs.DECODE_PREFIX, NetScope.Mode.TRAINABLE, start.decode(), seed + 1);
		NetScope frozen = new NetScope(tf, NetGraphs.SEGMENT_PREFIX, NetScope.Mode.FROZEN, start.segment(), seed);
		Operand<TFloat32> keep = tf.math.sub(tf.constant(1f), mask);
		Operand<TFloat32> guidance = weights.ownLabels() > 0 ? mixedGuidance(frozen, o.coarse(), keep, classes) : labels;
		Given given = weights.edits() > 0 ? edited(guidance, tile, classes) : new Given(guidance, null, null);
		SpadeDecoder.Outputs g = SpadeDecoder.build(s2, configs.decode(), o.features(), given.guidance(), o.coarse());
		// the discriminator sees the composite: only the hole is generated
		Operand<TFloat32> composite = tf.math.add(tf.math.mul(g.image(), mask), tf.math.mul(image, keep));
		d = new NetScope(tf, NetGraphs.DISC_PREFIX, NetScope.Mode.TRAINABLE, null, seed + 2);
		// real and fake are both judged against the guidance stage 2 was given, so that own labels (drawn in their
		// own style) cannot by themselves tell the discriminator which image is generated. It is given the guidance
		// without painted discs, and edited samples are left out of the generator's adversarial term: no real image
		// obeys an edit, so the discriminator would teach stage 2 to ignore edits
		PatchDiscriminator.Config dConfig = configs.discriminator();
		Operand<TFloat32> dFake = PatchDiscriminator.build(d, dConfig, composite, guidance);
		Operand<TFloat32> dReal = PatchDiscriminator.build(d.reusing(), dConfig, image, guidance);
		Operand<TFloat32> dFakeStopped = PatchDiscriminator.build(d.reusing(), dConfig, tf.stopGradient(composite),
			guidance);
		Operand<TFloat32> adversarial = given.unedited() == null ? Losses.lsganGenerator(tf, dFake)
			: Losses.lsganGenerator(tf, dFake, given.unedited());
		Operand<TFloat32> lossG = generatorLoss(o, g, composite, adversarial, given, frozen);
		optimisers(lossG, Losses.lsganDiscriminator(tf, dReal, dFakeStopped));
		val = weights.ownLabels() > 0 || weights.edits() > 0
			? holeL1(SpadeDecoder.build(s2.reusing(), configs.decode(), o.features(), labels, o.coarse()).image())
			: holeL1(g.image());
		return lossG;
	}

	private Given edited(Operand<TFloat32> guidance, int tile, int classes) {
		GuidanceEdits.Edited e = GuidanceEdits.paint(tf, guidance, mask, tile, classes, painting, weights.edits(),
			seed + 4);
		return new Given(e.guidance(), e.painted(), tf.math.sub(tf.constant(1f), e.editedSamples()));
	}

	/** L1 + perceptual + adversarial, and the optional joint, SSIM and controllability terms. */
	private Operand<TFloat32> generatorLoss(EspaAutoencoder.Outputs o, SpadeDecoder.Outputs g,
		Operand<TFloat32> composite, Operand<TFloat32> adversarial, Given given, NetScope frozen)
	{
		Operand<TFloat32> painted = given.painted();
		Operand<TFloat32> perceptual = tf.math.mul(tf.constant(weights.perceptual()),
			Losses.perceptual(frozen.reusing(), configs.segment(), g.image(), image));
		Operand<TFloat32> lossG = tf.math.add(tf.math.add(weightedL1(g.unclamped(), painted), perceptual),
			tf.math.mul(tf.constant(weights.adversarial()), adversarial));
		if (joint) lossG = tf.math.add(lossG, weightedL1(o.unclamped()));
		if (weights.ssim() > 0) {
			// (ours, optional) the hole's structure, as the evaluation's SSIM sees it; painted discs have no target
			Operand<TFloat32> scored = painted == null ? mask : tf.math.mul(mask, tf.math.sub(tf.constant(1f), painted));
			lossG = tf.math.add(lossG, tf.math.mul(tf.constant(weights.ssim()),
				Losses.ssimLoss(tf, composite, image, scored)));
		}
		if (weights.control() > 0) {
			// controllability: the frozen segmentation network must find the guidance in the generated hole, seen
			// blurred so that patterns too fine for a person to see cannot satisfy it (they made blocky fills)
			Operand<TFloat32> holeLabels = tf.math.mul(given.guidance(), mask);
			Operand<TFloat32> control = Losses.crossEntropy(tf, SegmentationNet.logits(frozen.reusing(),
				configs.segment(), Blur.binomial5(tf, composite)), holeLabels);
			lossG = tf.math.add(lossG, tf.math.mul(tf.constant(weights.control()), control));
		}
		return lossG;
	}

	/** Stage 2 (with stage 1 at {@link #JOINT_STAGE1_RATE} of its rate when joint) and the discriminator. */
	private void optimisers(Operand<TFloat32> lossG, Operand<TFloat32> lossD) {
		List<Variable<TFloat32>> gVars = new ArrayList<>(s2.variables());
		if (joint) gVars.addAll(s1.variables());
		float[] rates = new float[gVars.size()];
		for (int i = 0; i < rates.length; i++) rates[i] = i < s2.variables().size() ? 1f : JOINT_STAGE1_RATE;
		adamG = new Adam(tf, "adam", lossG, gVars, Adam.Betas.GAN, Adam.Options.scaled(rates));
		// the generator's gradients read the discriminator's weights: they must see them before its step
		adamD = new Adam(tf, "adam", lossD, d.variables(), Adam.Betas.GAN, new Adam.Options(null, adamG.gradients()));
	}

	/** Stage 1's own proposal for the batch: the segmentation of the coarse composite (as {@code TileModel.propose}). */
	private Operand<TFloat32> mixedGuidance(NetScope frozen, Operand<TFloat32> coarse, Operand<TFloat32> keep,
		int classes)
	{
		Operand<TFloat32> coarseComposite = tf.stopGradient(tf.math.add(tf.math.mul(coarse, mask),
			tf.math.mul(image, keep)));
		Operand<TFloat32> logits = SegmentationNet.logits(frozen.reusing(), configs.segment(), coarseComposite);
		return mixedGuidance(tf, logits, labels, mask, classes, weights.ownLabels(), seed + 3);
	}

	/**
	 * Per sample, with probability {@code share}: the hole's labels replaced by the argmax of {@code logits}; the
	 * known region keeps {@code labels}.
	 */
	static Operand<TFloat32> mixedGuidance(Ops tf, Operand<TFloat32> logits, Operand<TFloat32> labels,
		Operand<TFloat32> mask, int classes, float share, long seed)
	{
		Operand<TFloat32> own = tf.oneHot(tf.math.argMax(logits, tf.constant(3)), tf.constant(classes),
			tf.constant(1f), tf.constant(0f));
		Operand<TFloat32> pick = tf.math.mul(SampleDraw.chosen(tf, mask, share, seed), mask);
		return tf.math.add(tf.math.mul(own, pick), tf.math.mul(labels, tf.math.sub(tf.constant(1f), pick)));
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

	/** Stage 2, the discriminator, and stage 1 when joint. */
	@Override
	protected Map<Network, NetScope> trainedScopes() {
		Map<Network, NetScope> m = new EnumMap<>(Map.of(Network.DECODE, s2, Network.DISCRIMINATOR, d));
		if (joint) m.put(Network.INPAINT, s1);
		return m;
	}
}

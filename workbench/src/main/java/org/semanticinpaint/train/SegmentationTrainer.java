package org.semanticinpaint.train;

import org.semanticinpaint.nets.EspaAutoencoder;
import org.semanticinpaint.nets.Losses;
import org.semanticinpaint.nets.NetGraphs;
import org.semanticinpaint.nets.NetScope;
import org.semanticinpaint.nets.SegmentationNet;
import org.semanticinpaint.nets.Weights;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * Trains the segmentation network with softmax cross-entropy on the ground-truth classes (void ignored).
 * <p>
 * (Ours, optional) at run time the network segments stage 1's coarse composite, whose hole is blurred, not a true
 * image; with a {@link CoarseInputs} share, that many crops have their hole replaced by the frozen stage 1's fill
 * and are still asked for the true labels, so that the proposal learns what a blurred hole most likely holds.
 * Validation always segments true images, so its cross-entropy stays comparable between runs.
 */
public final class SegmentationTrainer extends OneNetworkTrainer {

	/** Stage 1 (frozen) and the share of crops it fills. */
	public record CoarseInputs(EspaAutoencoder.Config config, Weights weights, float share) {
		public CoarseInputs {
			requireShare(share);
		}

		/** Checks a share before stage 1's weights are at hand (the command checks it before reading data). */
		static void requireShare(float share) {
			SampleDraw.requireShare("crops segmented through stage 1's fill", share);
		}
	}

	private final SegmentationNet.Config config;
	private final Weights initial;
	private final CoarseInputs coarse;
	private final long seed;

	public SegmentationTrainer(SegmentationNet.Config config, Weights initial, long seed) {
		this(config, initial, null, seed);
	}

	/** @param coarse stage 1 and the share of crops it fills; null or a share of 0: true images only */
	public SegmentationTrainer(SegmentationNet.Config config, Weights initial, CoarseInputs coarse, long seed) {
		this.config = config;
		this.initial = initial;
		this.coarse = coarse != null && coarse.share() > 0 ? coarse : null;
		this.seed = seed;
	}

	@Override
	public Stage stage() {
		return Stage.SEGMENT;
	}

	@Override
	protected Operand<TFloat32> build(int tile, int channels, int classes) {
		NetScope scope = new NetScope(tf, NetGraphs.SEGMENT_PREFIX, NetScope.Mode.TRAINABLE, initial, seed);
		Operand<TFloat32> input = image;
		if (coarse != null) {
			NetScope s1 = new NetScope(tf, NetGraphs.INPAINT_PREFIX, NetScope.Mode.FROZEN, coarse.weights(), seed);
			Operand<TFloat32> fill = EspaAutoencoder.build(s1, coarse.config(), image, mask).coarse();
			Operand<TFloat32> pick = tf.math.mul(SampleDraw.chosen(tf, mask, coarse.share(), seed + 5), mask);
			// as TileModel.propose sees it: the known pixels, and stage 1's fill in the hole
			input = tf.stopGradient(tf.math.add(tf.math.mul(fill, pick),
				tf.math.mul(image, tf.math.sub(tf.constant(1f), pick))));
		}
		Operand<TFloat32> loss = Losses.crossEntropy(tf, SegmentationNet.logits(scope, config, input), labels);
		optimise(Network.SEGMENT, scope, loss, Adam.Betas.USUAL);
		validateWith(coarse == null ? loss
			: Losses.crossEntropy(tf, SegmentationNet.logits(scope.reusing(), config, image), labels));
		return loss;
	}
}

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
 * Stage 1: L1 (hole weighted) + perceptual loss on the frozen segmentation encoder (weight 1 in the paper),
 * Adam(0, 0.9) as the paper.
 */
public final class InpaintTrainer extends OneNetworkTrainer {

	private final EspaAutoencoder.Config config;
	private final SegmentationNet.Config segConfig;
	private final Weights initial, segWeights;
	private final float perceptualWeight;
	private final long seed;

	/** Stage 1 from {@code start.inpaint()}, its perceptual loss on the frozen {@code start.segment()}. */
	public InpaintTrainer(NetworkConfigs configs, NetworkWeights start, float perceptualWeight, long seed) {
		this.perceptualWeight = perceptualWeight;
		this.config = configs.inpaint();
		this.segConfig = configs.segment();
		this.initial = start.inpaint();
		this.segWeights = start.segment();
		this.seed = seed;
	}

	@Override
	public Stage stage() {
		return Stage.INPAINT;
	}

	/** The ablation without ESPA keeps its own step count. */
	@Override
	public String cardKey() {
		return config.espa() ? Stage.INPAINT.key() : Stage.INPAINT.key() + "-noespa";
	}

	@Override
	protected Operand<TFloat32> build(int tile, int channels, int classes) {
		NetScope scope = new NetScope(tf, NetGraphs.INPAINT_PREFIX, NetScope.Mode.TRAINABLE, initial, seed);
		EspaAutoencoder.Outputs o = EspaAutoencoder.build(scope, config, image, mask);
		NetScope frozen = new NetScope(tf, NetGraphs.SEGMENT_PREFIX, NetScope.Mode.FROZEN, segWeights, seed);
		Operand<TFloat32> loss = tf.math.add(weightedL1(o.unclamped()), tf.math.mul(tf.constant(perceptualWeight),
			Losses.perceptual(frozen, segConfig, o.coarse(), image)));
		validateWith(holeL1(o.coarse()));
		optimise(Network.INPAINT, scope, loss, Adam.Betas.GAN);
		return loss;
	}
}

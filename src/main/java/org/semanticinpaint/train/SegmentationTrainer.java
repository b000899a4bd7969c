package org.semanticinpaint.train;

import java.util.List;

import org.semanticinpaint.nets.NetScope;
import org.semanticinpaint.nets.NetGraphs;
import org.semanticinpaint.nets.SegmentationNet;
import org.semanticinpaint.nets.Weights;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.types.TFloat32;

/** Trains the segmentation network with softmax cross-entropy on the ground-truth classes (void ignored). */
public final class SegmentationTrainer extends StageTrainer {

	private final SegmentationNet.Config config;
	private final Weights initial;
	private final long seed;
	private NetScope scope;
	private Adam adam;
	private Operand<TFloat32> loss;

	public SegmentationTrainer(SegmentationNet.Config config, Weights initial, long seed) {
		this.config = config;
		this.initial = initial;
		this.seed = seed;
	}

	@Override
	public String name() {
		return "segment";
	}

	@Override
	protected Operand<TFloat32> build(int tile, int channels, int classes) {
		scope = new NetScope(tf, NetGraphs.SEGMENT_PREFIX, NetScope.Mode.TRAINABLE, initial, seed);
		Operand<TFloat32> logits = SegmentationNet.logits(scope, config, image);
		loss = org.semanticinpaint.nets.Losses.crossEntropy(tf, logits, labels);
		adam = new Adam(tf, "adam", loss, scope.variables(), 0.9f, 0.999f);
		return loss;
	}

	@Override
	protected void addUpdates(Session.Runner runner, float lr, List<TFloat32> toClose) {
		adam.addTo(runner, lr, toClose);
	}

	@Override
	protected Operand<TFloat32> validationLoss() {
		return loss;
	}

	@Override
	protected List<NetScope> trainedScopes() {
		return List.of(scope);
	}
}

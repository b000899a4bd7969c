package org.semanticinpaint.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.data.Sample;
import org.semanticinpaint.data.masks.CenterHoleMask;
import org.semanticinpaint.nets.EspaAutoencoder;
import org.semanticinpaint.nets.NetGraphs;
import org.semanticinpaint.nets.NetScope;
import org.semanticinpaint.nets.PatchDiscriminator;
import org.semanticinpaint.nets.SegmentationNet;
import org.semanticinpaint.nets.SpadeDecoder;
import org.semanticinpaint.nets.Weights;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Stage 2 training on the synthetic discs, with the hole guided by the ground truth or by stage 1's proposal. */
class DecoderTrainerTest {

	static final int T = 64;
	private static final EspaAutoencoder.Config S1 = new EspaAutoencoder.Config(1, 4, T, true);

	@Test
	void trainsWithStageOnesOwnLabelsInTheHole() {
		Map<Network, Weights> out = train(1f, 0f, false, stage1());
		assertEquals(Set.of(Network.DECODE, Network.DISCRIMINATOR), out.keySet());
	}

	/** The paper's joint fine-tuning: stage 1 comes back changed, and with exactly the layers it went in with. */
	@Test
	void jointTrainingAlsoTrainsStageOne() {
		Weights before = stage1();
		Map<Network, Weights> out = train(0.5f, 0f, true, before);
		assertEquals(Set.of(Network.DECODE, Network.DISCRIMINATOR, Network.INPAINT), out.keySet());
		Weights after = out.get(Network.INPAINT);
		assertEquals(before.entries().keySet(), after.entries().keySet());
		double change = 0;
		for (String name : before.entries().keySet()) {
			float[] a = before.get(name).values(), b = after.get(name).values();
			for (int i = 0; i < a.length; i++) change = Math.max(change, Math.abs(a[i] - b[i]));
		}
		assertTrue(change > 1e-5, "stage 1 unchanged by joint training (largest change " + change + ")");
	}

	/** 4 x 4 samples, hole = the centre 2 x 2; ground truth class 0 everywhere, the logits prefer class 1. */
	@Test
	void guidanceTakesTheProposalOnlyInTheHoleOfPickedSamples() {
		int n = 400;
		float[] g = guidance(n, 1f);
		for (int b = 0; b < n; b++)
			for (int p = 0; p < 16; p++) {
				boolean hole = p == 5 || p == 6 || p == 9 || p == 10;
				assertEquals(hole ? 1f : 0f, g[(b * 16 + p) * 2 + 1], "sample " + b + " pixel " + p);
				assertEquals(1f, g[(b * 16 + p) * 2] + g[(b * 16 + p) * 2 + 1]);
			}
		float[] none = guidance(n, 0f);
		for (int i = 0; i < none.length; i += 2) assertEquals(1f, none[i]);
		float[] half = guidance(n, 0.5f);
		int picked = 0;
		for (int b = 0; b < n; b++) picked += half[(b * 16 + 5) * 2 + 1] > 0 ? 1 : 0;
		assertTrue(picked > 0.4 * n && picked < 0.6 * n, picked + " of " + n + " samples picked");
	}

	private static float[] guidance(int n, float share) {
		float[] logits = new float[n * 16 * 2], labels = new float[n * 16 * 2], mask = new float[n * 16];
		for (int i = 0; i < n * 16; i++) {
			logits[2 * i + 1] = 3f;
			labels[2 * i] = 1f;
			int p = i % 16;
			mask[i] = p == 5 || p == 6 || p == 9 || p == 10 ? 1f : 0f;
		}
		try (Graph graph = new Graph(); Session s = new Session(graph);
			TFloat32 tl = TFloat32.tensorOf(Shape.of(n, 4, 4, 2), DataBuffers.of(logits, true, false));
			TFloat32 tg = TFloat32.tensorOf(Shape.of(n, 4, 4, 2), DataBuffers.of(labels, true, false));
			TFloat32 tm = TFloat32.tensorOf(Shape.of(n, 4, 4, 1), DataBuffers.of(mask, true, false)))
		{
			Ops tf = Ops.create(graph);
			Operand<TFloat32> out = DecoderTrainer.mixedGuidance(tf, tf.constantOf(tl), tf.constantOf(tg),
				tf.constantOf(tm), 2, share, 7);
			try (Result r = s.runner().fetch(out).run()) {
				float[] values = new float[n * 16 * 2];
				((TFloat32) r.get(0)).copyTo(DataBuffers.of(values, false, false));
				return values;
			}
		}
	}

	@Test
	void theShareOfOwnLabelsIsAProbability() {
		assertThrows(IllegalArgumentException.class, () -> new DecoderTrainer.LossWeights(1f, 0f, 1.5f));
		assertThrows(IllegalArgumentException.class, () -> new DecoderTrainer.LossWeights(1f, 0f, Float.NaN));
	}

	/** Every hole edited: the painted discs, judged by the controllability loss alone, still train (with SSIM on). */
	@Test
	void trainsWithPracticeEditsAndTheSsimLoss() {
		assertEquals(2, train(0f, 1f, false, stage1()).size(), "decoder and discriminator");
	}

	/** A painted disc has no ground truth; without the controllability loss nothing would judge it. */
	@Test
	void practiceEditsNeedTheControllabilityLoss() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> new DecoderTrainer.LossWeights(1f, 0f, 0f, 0.3f, 0f));
		assertTrue(e.getMessage().contains("--control"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new DecoderTrainer.LossWeights(1f, 1f, 0f, -0.1f, 0f));
	}

	@Test
	void theSsimWeightIsNotNegative() {
		assertThrows(IllegalArgumentException.class, () -> new DecoderTrainer.LossWeights(1f, 1f, 0f, 0f, -1f));
		assertThrows(IllegalArgumentException.class, () -> new DecoderTrainer.LossWeights(1f, 1f, 0f, 0f, Float.NaN));
	}

	@Test
	void theAdversarialWeightIsThePapersUnlessRaised() {
		assertEquals(0.01f, new DecoderTrainer.LossWeights(1f, 0f, 0f, 0f, 0f).adversarial());
		assertEquals(0.1f, new DecoderTrainer.LossWeights(1f, 0f, 0f, 0f, 0f, 0.1f).adversarial());
		assertThrows(IllegalArgumentException.class, () -> new DecoderTrainer.LossWeights(1f, 0f, 0f, 0f, 0f, -0.1f));
		assertThrows(IllegalArgumentException.class,
			() -> new DecoderTrainer.LossWeights(1f, 0f, 0f, 0f, 0f, Float.NaN));
	}

	private static Weights stage1() {
		return InitialWeights.of(tf -> NetGraphs.inpaint(tf, S1, NetScope.Mode.TRAINABLE, null, 1));
	}

	private static Map<Network, Weights> train(float ownLabels, float edits, boolean joint, Weights stage1) {
		List<Sample> data = SegmentationTrainerTest.discs(4, 1);
		BatchSampler sampler = TestSamplers.sampler(data, T, 2, false, true, new CenterHoleMask(0.5), 2);
		BatchSampler.Batch val = TestSamplers.sampler(data, T, 2, false, true, new CenterHoleMask(0.5), 3).next(2);
		NetworkConfigs configs = new NetworkConfigs(new SegmentationNet.Config(1, 2, 4, T), S1,
			new SpadeDecoder.Config(1, 2, 16, 8, T, false), new PatchDiscriminator.Config(4));
		DecoderTrainer trainer = new DecoderTrainer(configs, new NetworkWeights(trainedSegmenter(), stage1, null), joint,
			new DecoderTrainer.LossWeights(1f, 0.5f, ownLabels, edits, edits > 0 ? 0.5f : 0f),
			new GuidanceEdits.Painting(new int[] { 1 }, 0), 1);
		StageTrainer.Outcome o = trainer.run(sampler, val, new StageTrainer.Budget(3, 0, 2, new StageTrainer.Rate(1e-3f),
			1), TrainingListener.SILENT);
		assertTrue(Double.isFinite(o.validationLoss()), "validation hole L1 " + o.validationLoss());
		return o.weights();
	}

	private static Weights trainedSegmenter() {
		return new SegmentationTrainer(new SegmentationNet.Config(1, 2, 4, T), null, 1).run(
			TestSamplers.sampler(SegmentationTrainerTest.discs(4, 5), T, 2, false, true, new CenterHoleMask(0.5), 4),
			TestSamplers.sampler(SegmentationTrainerTest.discs(2, 6), T, 2, false, true, new CenterHoleMask(0.5), 5).next(2),
			new StageTrainer.Budget(2, 0, 2, new StageTrainer.Rate(1e-3f), 2), TrainingListener.SILENT)
			.weights(Network.SEGMENT);
	}
}

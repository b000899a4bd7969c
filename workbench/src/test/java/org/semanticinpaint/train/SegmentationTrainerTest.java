package org.semanticinpaint.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.data.RawImage;
import org.semanticinpaint.data.Sample;
import org.semanticinpaint.data.masks.CenterHoleMask;
import org.semanticinpaint.nets.EspaAutoencoder;
import org.semanticinpaint.nets.NetGraphs;
import org.semanticinpaint.nets.NetScope;
import org.semanticinpaint.nets.SegmentationNet;
import org.semanticinpaint.nets.Weights;

/** The segmentation stage learns a trivially separable synthetic task (dark discs on a bright background). */
class SegmentationTrainerTest {

	static List<Sample> discs(int n, long seed) {
		Random r = new Random(seed);
		List<Sample> out = new ArrayList<>();
		for (int k = 0; k < n; k++) {
			int w = 96, h = 96;
			float[] px = new float[w * h];
			byte[] lab = new byte[w * h];
			for (int i = 0; i < px.length; i++) px[i] = 180 + (float) r.nextGaussian() * 10;
			for (int d = 0; d < 6; d++) {
				int cx = r.nextInt(w), cy = r.nextInt(h), rad = 5 + r.nextInt(8);
				for (int y = 0; y < h; y++)
					for (int x = 0; x < w; x++)
						if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= rad * rad) {
							px[y * w + x] = 60 + (float) r.nextGaussian() * 10;
							lab[y * w + x] = 1;
						}
			}
			out.add(new Sample("disc" + k, "disc" + k, new RawImage(w, h, 1, px), lab));
		}
		return out;
	}

	@Test
	void learnsDiscs() {
		List<Sample> data = discs(8, 1);
		SegmentationNet.Config c = new SegmentationNet.Config(1, 2, 4, 64);
		BatchSampler train = TestSamplers.sampler(data, 64, 2, true, true, new CenterHoleMask(0.5), 2);
		BatchSampler.Batch val = TestSamplers.sampler(discs(4, 9), 64, 2, false, true, new CenterHoleMask(0.5), 3).next(4);
		StageTrainer.Outcome o = new SegmentationTrainer(c, null, 1).run(train, val,
			new StageTrainer.Budget(150, 0, 4, new StageTrainer.Rate(3e-3f), 2), TrainingListener.SILENT);
		assertTrue(o.validationLoss() < 0.3, "validation cross-entropy " + o.validationLoss());
		assertTrue(o.weights(Network.SEGMENT).parameterCount() > 1000);
		assertEquals(java.util.Set.of(Network.SEGMENT), o.weights().keySet());
	}

	/**
	 * Crops segmented through stage 1's fill change what the network is trained on, not what it is validated on:
	 * with the learning rate at 0, the first training loss differs and the validation loss (true images) does not.
	 */
	@Test
	void coarseInputsAreForTrainingOnly() {
		SegmentationNet.Config c = new SegmentationNet.Config(1, 2, 4, 64);
		Weights seg = InitialWeights.of(tf -> NetGraphs.segment(tf, c, NetScope.Mode.TRAINABLE, null, 3));
		EspaAutoencoder.Config s1 = new EspaAutoencoder.Config(1, 4, 64, true);
		Weights stage1 = InitialWeights.of(tf -> NetGraphs.inpaint(tf, s1, NetScope.Mode.TRAINABLE, null, 1));
		StageTrainer.Outcome plain = oneStepAtRateZero(new SegmentationTrainer(c, seg, 1));
		StageTrainer.Outcome coarse = oneStepAtRateZero(new SegmentationTrainer(c, seg,
			new SegmentationTrainer.CoarseInputs(s1, stage1, 1f), 1));
		assertEquals(plain.validationLoss(), coarse.validationLoss(), 1e-5);
		assertNotEquals(plain.trainLoss(), coarse.trainLoss(), 1e-4);
	}

	@Test
	void theShareOfCoarseInputsIsAProbability() {
		EspaAutoencoder.Config s1 = new EspaAutoencoder.Config(1, 4, 64, true);
		assertThrows(IllegalArgumentException.class, () -> new SegmentationTrainer.CoarseInputs(s1, null, 1.5f));
	}

	private static StageTrainer.Outcome oneStepAtRateZero(SegmentationTrainer trainer) {
		BatchSampler train = TestSamplers.sampler(discs(4, 1), 64, 2, false, true, new CenterHoleMask(0.5), 2);
		BatchSampler.Batch val = TestSamplers.sampler(discs(4, 9), 64, 2, false, true, new CenterHoleMask(0.5), 3).next(4);
		return trainer.run(train, val, new StageTrainer.Budget(1, 0, 4, new StageTrainer.Rate(0f), 2),
			TrainingListener.SILENT);
	}
}

package org.semanticinpaint.eval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.semanticinpaint.nets.CardConfigs;
import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.bundle.ModelBundle;
import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.data.Sample;
import org.semanticinpaint.data.masks.CenterHoleMask;
import org.semanticinpaint.data.masks.MixedMasks;
import org.semanticinpaint.nets.PatchDiscriminator;
import org.semanticinpaint.nets.Weights;
import org.semanticinpaint.train.BatchSampler;
import org.semanticinpaint.train.DecoderTrainer;
import org.semanticinpaint.train.GuidanceEdits;
import org.semanticinpaint.train.InpaintTrainer;
import org.semanticinpaint.train.LearningRateSchedule;
import org.semanticinpaint.train.NetworkWeights;
import org.semanticinpaint.train.SegmentationTrainer;
import org.semanticinpaint.train.StageTrainer;

/**
 * Training throughput per stage at the bundle's own widths and tile: each stage trainer runs a few steps from the
 * bundle's weights on synthetic labelled images, sampled and masked as TrainCommand does; the first steps (graph
 * optimisation, memory arenas) are not timed. The throughput TrainCommand logged into the card, if any, is shown
 * next to it.
 */
public final class TrainingBenchmark {

	public static final List<String> STAGES = List.of("segment", "inpaint", "decode");

	private TrainingBenchmark() {}

	public static BenchTable table() {
		return new BenchTable("Training throughput", "bundle: stage", List.of("images/s", "ms per step", "steps timed",
			"batch", "tile", "card images/s"), new int[] { 1, 0, 0, 0, 0, 1 }, List.of());
	}

	public static void run(ModelBundle bundle, int warmup, int steps, int batch, int threads, BenchTable table)
		throws BundleException
	{
		ModelCard card = bundle.card();
		// the current format's training graphs, with every layer the bundle has (a format-1 bundle's renamed ones fresh)
		NetworkWeights w = NetworkWeights.fresh(card, 1).updatedFrom(bundle.dir());
		Weights seg = w.segment(), s1 = w.inpaint(), s2 = w.decode();
		int t = card.tile, k = card.classCount();
		boolean percentile = "percentile".equals(card.normalization.mode);
		List<Sample> samples = Synthetic.samples(4, 2 * t, card.channels, k, !percentile, 5);
		BatchSampler.Batch validation = new BatchSampler(samples, t, k, false, percentile, new CenterHoleMask(0.5), 6)
			.next(2);
		for (String stage : STAGES) {
			StepClock clock = new StepClock(new MixedMasks(0.3), batch);
			BatchSampler train = new BatchSampler(samples, t, k, card.channels == 1, percentile, clock, 7);
			StageTrainer trainer = switch (stage) {
				case "segment" -> new SegmentationTrainer(CardConfigs.segment(card), seg, 1);
				case "inpaint" -> new InpaintTrainer(CardConfigs.inpaint(card), CardConfigs.segment(card), s1, seg, 1f, 1);
				default -> new DecoderTrainer(CardConfigs.inpaint(card), CardConfigs.decode(card), CardConfigs.segment(card),
					new PatchDiscriminator.Config(card.widths.discriminator), s1, s2, seg, null, false,
					DecoderTrainer.LossWeights.PAPER, new GuidanceEdits.Painting(new int[] { 1 }, 0), 1);
			};
			// one step more than timed: a step's end is the next step's start
			int total = warmup + steps + 1;
			trainer.run(train, validation, 2, t, card.channels, k,
				new StageTrainer.Budget(total, 0, batch, 2e-4f, LearningRateSchedule.CONSTANT, 0, threads, Integer.MAX_VALUE),
				new ArrayList<>());
			double seconds = clock.seconds(warmup, total - 1);
			table.addRow(card.name + ": " + stage, new double[] { steps * batch / seconds, 1000 * seconds / steps, steps,
				batch, t, logged(card, trainer.name()) });
		}
	}

	/** images/s that TrainCommand wrote into the card's "training" metrics, NaN if none. */
	static double logged(ModelCard card, String stage) {
		Map<String, Double> m = card.metrics.get("training");
		Double v = m == null ? null : m.get(stage + "_images_per_second");
		return v == null ? Double.NaN : v;
	}
}

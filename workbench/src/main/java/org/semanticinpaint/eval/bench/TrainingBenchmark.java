package org.semanticinpaint.eval.bench;

import java.util.List;
import java.util.Map;

import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.bundle.ModelBundle;
import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.data.Sample;
import org.semanticinpaint.data.masks.CenterHoleMask;
import org.semanticinpaint.data.masks.MixedMasks;
import org.semanticinpaint.train.BatchSampler;
import org.semanticinpaint.train.NetworkConfigs;
import org.semanticinpaint.train.NetworkWeights;
import org.semanticinpaint.train.Stage;
import org.semanticinpaint.train.StageTrainer;
import org.semanticinpaint.train.TrainerFactory;

/**
 * Training throughput per stage at the bundle's own widths and tile: each stage trainer runs a few steps from the
 * bundle's weights on synthetic labelled images, sampled and masked as TrainCommand does; the first steps (graph
 * optimisation, memory arenas) are not timed. Trainers come from the {@link TrainerFactory} TrainCommand uses, with
 * the paper's losses; a {@link StepClock} listens to their steps. The throughput TrainCommand logged into the card,
 * if any, is shown next to it.
 */
public final class TrainingBenchmark {

	public static final List<Stage> STAGES = List.of(Stage.SEGMENT, Stage.INPAINT, Stage.DECODE);

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
		BatchSampler.Tiles tiles = BatchSampler.Tiles.of(card);
		boolean range = !"percentile".equals(card.normalization.mode);
		List<Sample> samples = Synthetic.samples(4, 2 * card.tile, card.channels, card.classCount(), range, 5);
		BatchSampler.Batch validation = new BatchSampler(samples, tiles.rotating(false), new CenterHoleMask(0.5), 6)
			.next(2);
		for (Stage stage : STAGES) {
			BatchSampler train = new BatchSampler(samples, tiles, new MixedMasks(0.3), 7);
			StageTrainer trainer = TrainerFactory.create(stage, NetworkConfigs.of(card), w, TrainerFactory.Settings.paper(1));
			StepClock clock = new StepClock();
			trainer.run(train, validation, new StageTrainer.Budget(warmup + steps, 0, batch, new StageTrainer.Rate(2e-4f),
				threads), clock);
			double seconds = clock.seconds(warmup, warmup + steps);
			table.addRow(card.name + ": " + stage.key(), new double[] { steps * batch / seconds, 1000 * seconds / steps,
				steps, batch, card.tile, logged(card, trainer.cardKey()) });
		}
	}

	/** images/s that TrainCommand wrote into the card's "training" metrics, NaN if none. */
	static double logged(ModelCard card, String stage) {
		Map<String, Double> m = card.metrics.get("training");
		Double v = m == null ? null : m.get(stage + "_images_per_second");
		return v == null ? Double.NaN : v;
	}
}

package org.semanticinpaint.train;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.data.DatasetReader;
import org.semanticinpaint.data.DatasetSpec;
import org.semanticinpaint.data.Sample;
import org.semanticinpaint.data.Split;
import org.semanticinpaint.data.masks.CenterHoleMask;
import org.semanticinpaint.data.masks.MixedMasks;

/**
 * One training run, as a pipeline: read the data, open the bundle ({@link BundleStart}), then for every stage build
 * its trainer ({@link TrainerFactory}), train, record what was done ({@link Provenance}) and export the bundle (the
 * export is the checkpoint).
 */
public final class TrainingRun {

	/** Centre holes in the validation batch, the same for every stage and run. */
	static final int VALIDATION_COUNT = 16;

	private final TrainOptions options;
	private final TrainingListener listener;
	private final DatasetSpec spec;
	private final Split.Parts split;
	private final BundleStart start;
	private final BatchSampler.Batch validation;
	private NetworkWeights weights;

	private TrainingRun(TrainOptions options, TrainingListener listener, DatasetSpec spec, Split.Parts split,
		BundleStart start)
	{
		this.options = options;
		this.listener = listener;
		this.spec = spec;
		this.split = split;
		this.start = start;
		this.weights = start.weights();
		List<Sample> held = split.validation().isEmpty() ? split.train() : split.validation();
		validation = new BatchSampler(held, BatchSampler.Tiles.of(start.card()).rotating(false), new CenterHoleMask(0.5),
			12345).next(VALIDATION_COUNT);
	}

	/** Runs every stage of {@code o}; returns what was recorded in the card. */
	public static List<Provenance.Entry> run(TrainOptions o, TrainingListener listener)
		throws IOException, BundleException
	{
		DatasetSpec spec = o.source().spec();
		listener.message("Reading " + o.source().data() + " ...");
		List<Sample> all = DatasetReader.readAll(o.source().data(), spec);
		Split.Parts split = Split.of(all, spec);
		listener.message(String.format(Locale.ROOT, "%d images: %d train, %d validation (%s)", all.size(),
			split.train().size(), split.validation().size(), split.description()));
		BundleStart start = BundleStart.open(o, spec, split);
		if (start.resumed()) listener.message("Resuming from " + o.source().out() + " (steps so far " +
			start.card().training.steps + ")");
		TrainingRun run = new TrainingRun(o, listener, spec, split, start);
		for (StagePlan plan : o.stages()) run.stage(plan);
		return start.provenance().entries();
	}

	/** Trains one stage, records it in the card and exports the bundle. */
	private void stage(StagePlan plan) throws IOException {
		ModelCard card = start.card();
		SamplingOptions m = options.sampling();
		BatchSampler train = new BatchSampler(split.train(), BatchSampler.Tiles.of(card),
			new MixedMasks(0.3, m.scratches(), m.squares()),
			options.optimiser().seed() * 1000 + BundleStart.steps(card, plan.stage()))
			.withBrightnessJitter(m.minGain(), m.maxGain());
		StageTrainer trainer = TrainerFactory.create(plan.stage(), NetworkConfigs.of(card), weights, settings());
		StageTrainer.Outcome o = trainer.run(train, validation, options.optimiser().budget(plan), listener);
		weights = weights.with(o.weights());
		record(plan, trainer.cardKey(), o, train.jittersBrightness());
		BundleExporter.export(options.source().out(), card, new BundleExporter.BundleWeights(weights.inpaint(),
			weights.segment(), weights.decode()));
		listener.message("Exported " + options.source().out() + " after stage " + plan.stage().key());
	}

	private TrainerFactory.Settings settings() {
		return new TrainerFactory.Settings(options.losses(), options.sampling().coarseInputs(),
			GuidanceEdits.Painting.of(spec), options.optimiser().seed());
	}

	/** The run's steps, provenance and metrics, into the card. */
	private void record(StagePlan plan, String key, StageTrainer.Outcome o, boolean jittered) {
		ModelCard card = start.card();
		Provenance p = start.provenance();
		card.training.steps.merge(key, o.steps(), Integer::sum);
		if (!p.recordsFill())
			p.add(new Provenance.FillIntroduced(plan.stage(), card.training.steps.get(key) - o.steps()));
		GuidanceEdits.Painting painting = GuidanceEdits.Painting.of(spec);
		p.add(Provenance.StageRun.of(plan, o.steps(), options, jittered,
			Provenance.classNames(card, painting.classes(), painting.boundaryWidth())));
		Map<String, Double> metrics = card.metrics.computeIfAbsent("training", x -> new HashMap<>());
		metrics.put(key + "_validation_" + plan.stage().validationMetric(), round(o.validationLoss()));
		metrics.put(key + "_images_per_second", round(o.steps() * options.optimiser().batch() / o.seconds()));
	}

	static double round(double v) {
		return Math.round(v * 1e5) / 1e5;
	}
}

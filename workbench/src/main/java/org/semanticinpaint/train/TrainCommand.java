package org.semanticinpaint.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.semanticinpaint.nets.CardConfigs;

import org.semanticinpaint.bundle.ModelCard;

import org.semanticinpaint.data.DatasetReader;
import org.semanticinpaint.data.DatasetSpec;
import org.semanticinpaint.data.Sample;
import org.semanticinpaint.data.Split;
import org.semanticinpaint.data.masks.CenterHoleMask;
import org.semanticinpaint.data.masks.MixedMasks;
import org.semanticinpaint.bundle.NetSignatures;
import org.semanticinpaint.nets.PushPullFill;
import org.semanticinpaint.nets.PatchDiscriminator;
import org.semanticinpaint.nets.Weights;
import org.semanticinpaint.util.CommandLineOptions;

/**
 * Trains a bundle stage by stage and exports it after every stage (the export is the checkpoint). When the output
 * folder already holds a bundle, training resumes from its weights and adds to its step counts.
 *
 * Options: {@link #USAGE} ({@code --help} prints it), for example {@code --dataset em-nanoparticles
 * --stages segment,inpaint,decode --minutes 5,10,10}.
 */
public final class TrainCommand {

	static final String USAGE = """
		TrainCommand --dataset em-nanoparticles|fluorescent-nuclei|phase-contrast-cells|street-scenes|folder
		    [--data DIR (default ../shared/data/DATASET)] [--out DIR (default models/DATASET; resumes a bundle there)]
		    [--stages segment,inpaint,decode,joint] [--minutes M,M,..] [--steps N,N,.. (whichever ends first)]
		    [--lr 1e-3,2e-4,..] [--lr-decay none|cosine (to a tenth by the end)]
		    [--lr-warmup 0 (steps ramping the rate up from zero; for resumed runs)] [--batch 8] [--threads 0 (all)]
		    [--seed 1] [--tile 128] [--width 16] [--segment-width 8 (on resume: a new width restarts segmentation)]
		    [--hidden 32] [--decode-upsampling nearest|bilinear (stage 2's; on resume it switches)] [--disc-width 32]
		    [--no-espa] [--segment-from BUNDLE] [--perceptual 1] [--control 0]
		    [--own-labels 0 (share of stage 2 holes guided by stage 1's own proposal)]
		    [--edits 0 (share of stage 2 holes with a class disc painted into the guidance; needs --control)]
		    [--ssim 0 (weight of 1 - SSIM in stage 2's hole)] [--adversarial 0.01 (weight of stage 2's LSGAN term)]
		    [--coarse-inputs 0 (share of segmentation crops whose hole stage 1 fills, as a proposal sees it)]
		    [--scratches 0.2] [--squares 0 (shares of the masks; rectangles 0.3, free-form strokes the rest)]
		    [--brightness 1,1 (range of a random gain on each crop)]
		  your own images/ + labels/ folders: --dataset folder --data DIR --channels 1 --classes background,cell [--name N]""";
	static final Set<String> OPTIONS = CommandLineOptions.names("dataset", "data", "out", "stages", "minutes", "steps",
		"lr", "lr-decay", "lr-warmup", "batch", "threads", "seed", "tile", "width", "segment-width", "hidden", "decode-upsampling",
		"disc-width", "no-espa", "segment-from", "perceptual", "control", "own-labels", "edits", "ssim", "adversarial",
		"coarse-inputs", "scratches", "squares", "brightness", "channels", "classes", "name");

	private TrainCommand() {}

	public static void main(String[] args) throws Exception {
		try {
			train(args);
		}
		catch (DivergenceGuard.TrainingDivergedException e) {
			System.err.println(e.getMessage());
			System.exit(1);
		}
	}

	private static void train(String[] args) throws Exception {
		Map<String, String> a = CommandLineOptions.parseOrExit(args, OPTIONS, USAGE).asMap();
		if (a.containsKey("decode-upsampling") && !ModelCard.Widths.DECODE_UPSAMPLINGS.contains(a.get("decode-upsampling")))
			throw new IllegalArgumentException("--decode-upsampling is one of " + ModelCard.Widths.DECODE_UPSAMPLINGS +
				", not " + a.get("decode-upsampling"));
		DatasetSpec spec = spec(a);
		GuidanceEdits.Painting painting = GuidanceEdits.Painting.of(spec);
		Path data = Paths.get(a.getOrDefault("data", "../shared/data/" + spec.name()));
		Path out = Paths.get(a.getOrDefault("out", "models/" + spec.name()));
		long seed = Long.parseLong(a.getOrDefault("seed", "1"));
		String[] stages = a.getOrDefault("stages", "segment,inpaint,decode").split(",");
		String[] minutes = a.getOrDefault("minutes", "").split(",");
		String[] steps = a.getOrDefault("steps", "").split(",");
		int batch = Integer.parseInt(a.getOrDefault("batch", "8"));
		String[] lrs = a.getOrDefault("lr", "").split(",");
		int threads = Integer.parseInt(a.getOrDefault("threads", "0"));
		float control = Float.parseFloat(a.getOrDefault("control", "0"));
		float perceptual = Float.parseFloat(a.getOrDefault("perceptual", "1"));
		float ownLabels = Float.parseFloat(a.getOrDefault("own-labels", "0"));
		float edits = Float.parseFloat(a.getOrDefault("edits", "0"));
		float ssim = Float.parseFloat(a.getOrDefault("ssim", "0"));
		float adversarial = Float.parseFloat(a.getOrDefault("adversarial",
			String.valueOf(DecoderTrainer.LossWeights.PAPER_ADVERSARIAL)));
		float coarseInputs = Float.parseFloat(a.getOrDefault("coarse-inputs", "0"));
		SegmentationTrainer.CoarseInputs.requireShare(coarseInputs);
		DecoderTrainer.LossWeights lossWeights = new DecoderTrainer.LossWeights(perceptual, control, ownLabels, edits,
			ssim, adversarial);
		LearningRateSchedule schedule = LearningRateSchedule.parse(a.getOrDefault("lr-decay", "none"));
		int warmup = Integer.parseInt(a.getOrDefault("lr-warmup", "0"));
		if (warmup < 0) throw new IllegalArgumentException("--lr-warmup is a number of steps, not " + warmup);
		double scratches = Double.parseDouble(a.getOrDefault("scratches", "0.2"));
		double squares = Double.parseDouble(a.getOrDefault("squares", "0"));
		String[] gains = a.getOrDefault("brightness", "1,1").split(",");
		double minGain = Double.parseDouble(gains[0]), maxGain = Double.parseDouble(gains[gains.length - 1]);

		System.out.println("Reading " + data + " ...");
		List<Sample> all = DatasetReader.readAll(data, spec);
		Split.Parts split = Split.of(all, spec);
		System.out.printf(Locale.ROOT, "%d images: %d train, %d validation (%s)%n", all.size(), split.train().size(),
			split.validation().size(), split.description());

		boolean resume = Files.exists(out.resolve(ModelCard.FILE));
		ModelCard card = resume ? ModelCard.read(out.resolve(ModelCard.FILE)) : newCard(spec, a, data, split, seed);
		if (coarseInputs > 0 && card.training.steps.getOrDefault("inpaint", 0) +
			card.training.steps.getOrDefault("joint", 0) == 0) throw new IllegalArgumentException("--coarse-inputs " +
			"needs a trained stage 1: resume a bundle whose stage 1 has been trained (an untrained one fills with noise)");
		int segmentWidth = Integer.parseInt(a.getOrDefault("segment-width", String.valueOf(card.widths.segment)));
		boolean restartSegment = resume && segmentWidth != card.widths.segment;
		if (restartSegment) {
			// a wider (or narrower) segmentation network starts afresh; stage 1 and 2 keep their weights
			card.training.notes += String.format(Locale.ROOT, "; segmentation network re-initialised at width %d " +
				"(was %d after %d steps)", segmentWidth, card.widths.segment, card.training.steps.getOrDefault("segment", 0));
			card.widths.segment = segmentWidth;
			card.training.steps.remove("segment");
		}
		String upsampling = a.getOrDefault("decode-upsampling", card.widths.decodeUpsampling);
		if (!upsampling.equals(card.widths.decodeUpsampling)) {
			// no weights change shape: stage 2 goes on from its weights with the other upsampling
			if (resume) card.training.notes += String.format(Locale.ROOT, "; stage 2 switched to %s upsampling after %d " +
				"steps", upsampling, card.training.steps.getOrDefault("decode", 0));
			card.widths.decodeUpsampling = upsampling;
		}
		NetworkWeights fresh = NetworkWeights.fresh(card, seed);
		NetworkWeights start = !resume ? fresh : restartSegment ? fresh.updatedFrom(out).withSegment(fresh.segment())
			: fresh.updatedFrom(out);
		Weights seg = start.segment(), s1 = start.inpaint(), s2 = start.decode();
		if (resume) {
			if (card.formatVersion != NetSignatures.FORMAT_VERSION) {
				card.training.notes += "; format " + card.formatVersion + " bundle carried over to format " +
					NetSignatures.FORMAT_VERSION + " (renamed layers re-initialised)";
				card.formatVersion = NetSignatures.FORMAT_VERSION;
			}
			System.out.println("Resuming from " + out + " (steps so far " + card.training.steps + ")");
		}
		if (a.containsKey("segment-from")) {
			// reuse a trained segmentation network (and so the same perceptual loss), e.g. for the ESPA ablation
			seg = WeightsReader.read(Paths.get(a.get("segment-from")).resolve(NetSignatures.SEGMENT));
			card.training.notes += "; segmentation network copied from " + a.get("segment-from");
		}
		boolean percentile = "percentile".equals(card.normalization.mode);
		boolean rotate = spec.channels() == 1;
		int t = card.tile, k = card.classCount();
		BatchSampler valSampler = new BatchSampler(split.validation().isEmpty() ? split.train() : split.validation(), t, k,
			false, percentile, new CenterHoleMask(0.5), 12345);
		int valCount = 16;
		BatchSampler.Batch validation = valSampler.next(valCount);
		PatchDiscriminator.Config dConfig = new PatchDiscriminator.Config(card.widths.discriminator);

		for (int i = 0; i < stages.length; i++) {
			String stage = stages[i].trim();
			double min = i < minutes.length && !minutes[i].isBlank() ? Double.parseDouble(minutes[i]) : 0;
			int n = i < steps.length && !steps[i].isBlank() ? Integer.parseInt(steps[i]) : 0;
			if (min <= 0 && n <= 0) n = 100;
			// the paper's 2e-4 for the image stages; segmentation (ours) learns faster at 1e-3
			float lr = i < lrs.length && !lrs[i].isBlank() ? Float.parseFloat(lrs[i]) : stage.equals("segment") ? 1e-3f : 2e-4f;
			StageTrainer.Budget budget = new StageTrainer.Budget(n, min, batch, lr, schedule, warmup, threads, 25);
			BatchSampler train = new BatchSampler(split.train(), t, k, rotate, percentile,
				new MixedMasks(0.3, scratches, squares),
				seed * 1000 + card.training.steps.getOrDefault(stage, 0)).withBrightnessJitter(minGain, maxGain);
			List<Weights> got = new ArrayList<>();
			StageTrainer trainer = switch (stage) {
				case "segment" -> new SegmentationTrainer(CardConfigs.segment(card), seg,
					new SegmentationTrainer.CoarseInputs(CardConfigs.inpaint(card), s1, coarseInputs), seed);
				case "inpaint" -> new InpaintTrainer(CardConfigs.inpaint(card), CardConfigs.segment(card), s1, seg, perceptual, seed);
				case "decode", "joint" -> new DecoderTrainer(CardConfigs.inpaint(card), CardConfigs.decode(card), CardConfigs.segment(card),
					dConfig, s1, s2, seg, null, stage.equals("joint"),
					lossWeights, painting, seed);
				default -> throw new IllegalArgumentException("unknown stage " + stage +
					" (segment, inpaint, decode, joint)");
			};
			StageTrainer.Outcome o = trainer.run(train, validation, valCount, t, card.channels, k, budget, got);
			switch (stage) {
				case "segment" -> seg = got.get(0);
				case "inpaint" -> s1 = got.get(0);
				case "decode" -> s2 = got.get(0);
				default -> { s2 = got.get(0); s1 = got.get(2); }
			}
			card.training.steps.merge(trainer.name(), o.steps(), Integer::sum);
			String fill = "stage 1's push-pull fill relaxed by " + PushPullFill.RELAXATION_STEPS + " Jacobi steps";
			if (!card.training.notes.contains(fill)) card.training.notes += String.format(Locale.ROOT,
				"; from %s step %d on, %s", stage, card.training.steps.get(trainer.name()) - o.steps(), fill);
			if (train.jittersBrightness()) card.training.notes += String.format(Locale.ROOT,
				"; %d %s steps with crops' brightness scaled by %s..%s", o.steps(), stage, gains[0], gains[gains.length - 1]);
			if (!(trainer instanceof SegmentationTrainer)) card.training.notes += String.format(Locale.ROOT,
				"; %d %s steps with %.0f%% of the masks 3-12 px scratches", o.steps(), stage, 100 * scratches);
			if (squares > 0 && !(trainer instanceof SegmentationTrainer)) card.training.notes += String.format(Locale.ROOT,
				"; %d %s steps with %.0f%% of the masks a half-side square at a random place", o.steps(), stage,
				100 * squares);
			if (perceptual != 1 && !(trainer instanceof SegmentationTrainer)) card.training.notes += String.format(Locale.ROOT,
				"; %d %s steps with the perceptual loss at weight %s", o.steps(), stage, perceptual);
			if (adversarial != DecoderTrainer.LossWeights.PAPER_ADVERSARIAL && trainer instanceof DecoderTrainer)
				card.training.notes += String.format(Locale.ROOT, "; %d %s steps with the adversarial term at weight %s",
					o.steps(), stage, adversarial);
			if (control > 0 && trainer instanceof DecoderTrainer) card.training.notes += String.format(Locale.ROOT,
				"; %d %s steps with the controllability loss at weight %s (on the result blurred 5x5)", o.steps(), stage,
				control);
			if (schedule == LearningRateSchedule.COSINE) card.training.notes += String.format(Locale.ROOT,
				"; %d %s steps with the learning rate decayed from %s to a tenth (cosine)", o.steps(), stage, lr);
			if (stage.equals("joint")) card.training.notes += String.format(Locale.ROOT,
				"; %d joint steps with stage 1 at %s of stage 2's learning rate", o.steps(), DecoderTrainer.JOINT_STAGE1_RATE);
			if (warmup > 0) card.training.notes += String.format(Locale.ROOT,
				"; %s run of %d steps with the learning rate warmed up over its first %d", stage, o.steps(), warmup);
			if (ownLabels > 0 && trainer instanceof DecoderTrainer) card.training.notes += String.format(Locale.ROOT,
				"; %d %s steps with %.0f%% of the holes guided by stage 1's own proposal", o.steps(), stage,
				100 * ownLabels);
			if (edits > 0 && trainer instanceof DecoderTrainer) card.training.notes += String.format(Locale.ROOT,
				"; %d %s steps with a disc of class %s%s painted into the guidance of %.0f%% of the holes (left out " +
				"of L1 and the adversarial term, judged by the controllability loss)", o.steps(), stage,
				classNames(card, spec.editableClasses()), painting.boundaryWidth() > 0 ? " with its " +
				painting.boundaryWidth() + "-pixel boundary band" : "", 100 * edits);
			if (coarseInputs > 0 && trainer instanceof SegmentationTrainer) card.training.notes += String.format(
				Locale.ROOT, "; %d segment steps with the hole of %.0f%% of the crops filled by stage 1 (as a proposal " +
				"sees it; validation on true images)", o.steps(), 100 * coarseInputs);
			if (ssim > 0 && trainer instanceof DecoderTrainer) card.training.notes += String.format(Locale.ROOT,
				"; %d %s steps with 1 - SSIM in the hole at weight %s", o.steps(), stage, ssim);
			Map<String, Double> m = card.metrics.computeIfAbsent("training", x -> new HashMap<>());
			m.put(trainer.name() + "_validation_" + (stage.equals("segment") ? "cross_entropy" : "hole_l1"),
				round(o.validationLoss()));
			m.put(trainer.name() + "_images_per_second", round(o.steps() * batch / o.seconds()));
			BundleExporter.export(out, card, new BundleExporter.BundleWeights(s1, seg, s2));
			System.out.println("Exported " + out + " after stage " + stage);
		}
	}

	static double round(double v) {
		return Math.round(v * 1e5) / 1e5;
	}

	static ModelCard newCard(DatasetSpec spec, Map<String, String> a, Path data, Split.Parts split, long seed) {
		ModelCard c = new ModelCard();
		c.name = a.getOrDefault("name", Paths.get(a.getOrDefault("out", spec.name())).getFileName().toString());
		c.description = "Semantic inpainting for " + spec.modality() + ", trained on " + spec.name();
		c.modality = spec.modality();
		c.channels = spec.channels();
		c.tile = Integer.parseInt(a.getOrDefault("tile", "128"));
		c.normalization.mode = spec.channels() == 3 ? "range" : "percentile";
		for (int i = 0; i < spec.classes().size(); i++) {
			DatasetSpec.ClassInfo k = spec.classes().get(i);
			c.classes.add(new ModelCard.LabelClass(i, k.name(), k.r(), k.g(), k.b()));
		}
		if (spec.voidId() >= 0) c.ignoredClassIds.add(spec.voidId());
		c.widths.inpaint = Integer.parseInt(a.getOrDefault("width", "16"));
		c.widths.espa = !a.containsKey("no-espa");
		c.widths.segment = Integer.parseInt(a.getOrDefault("segment-width", "8"));
		c.widths.decodeHidden = Integer.parseInt(a.getOrDefault("hidden", "32"));
		c.widths.discriminator = Integer.parseInt(a.getOrDefault("disc-width", "32"));
		c.training.data = spec.source() + "; read from ../shared/data/" + spec.name() + " (not redistributed)";
		c.training.licence = spec.licence();
		c.training.split = split.description() + "; validation files: " + String.join(", ",
			split.validation().stream().map(Sample::name).limit(80).toList());
		c.training.seed = seed;
		c.training.perceptualLoss = "L1 between encoder activations (4 scales) of this bundle's own segmentation " +
			"network, frozen; no pretrained VGG is available";
		c.training.notes = "Adam beta1 0 / beta2 0.9 for stage 1, stage 2 and the discriminator (paper), 0.9 / 0.999 " +
			"for segmentation; L1 weights hole pixels 6x; stage 2 trained with ground-truth labels, L1 + perceptual + " +
			"0.01 LSGAN with a label-conditioned PatchGAN (not kept in the bundle; re-initialised on resume)";
		return c;
	}

	static DatasetSpec spec(Map<String, String> a) {
		String d = a.getOrDefault("dataset", "em-nanoparticles");
		if (!d.equals("folder")) return DatasetSpec.byName(d);
		List<DatasetSpec.ClassInfo> classes = new ArrayList<>();
		String[] names = a.getOrDefault("classes", "background,object").split(",");
		for (int i = 0; i < names.length; i++) {
			java.awt.Color col = java.awt.Color.getHSBColor(i / (float) names.length, 0.8f, 0.9f);
			classes.add(new DatasetSpec.ClassInfo(names[i].trim(), col.getRed(), col.getGreen(), col.getBlue()));
		}
		return DatasetSpec.folder(a.getOrDefault("name", "my-data"), Integer.parseInt(a.getOrDefault("channels", "1")),
			classes);
	}

	/** "particle", or "car, tree, building or road". */
	static String classNames(ModelCard card, int[] ids) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < ids.length; i++)
			b.append(i == 0 ? "" : i == ids.length - 1 ? " or " : ", ").append(card.classes.get(ids[i]).name);
		return b.toString();
	}
}

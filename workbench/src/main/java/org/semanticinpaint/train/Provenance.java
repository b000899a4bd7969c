package org.semanticinpaint.train;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.nets.PushPullFill;

/**
 * What training did to a bundle, as facts built from the options: each {@link Entry} is a record whose fields a
 * test can check, and whose {@link Entry#sentence()} is appended to the card's training notes ("; "-separated, as
 * every card has had them).
 */
public final class Provenance {

	/** The notes a new card starts with. */
	public static final String FIRST_NOTES = "Adam beta1 0 / beta2 0.9 for stage 1, stage 2 and the discriminator " +
		"(paper), 0.9 / 0.999 for segmentation; L1 weights hole pixels 6x; stage 2 trained with ground-truth labels, " +
		"L1 + perceptual + 0.01 LSGAN with a label-conditioned PatchGAN (not kept in the bundle; re-initialised on " +
		"resume)";

	/** One fact; its sentence goes into the card. */
	public sealed interface Entry permits SegmentRestarted, UpsamplingSwitched, FormatCarriedOver, SegmentCopied,
		FillIntroduced, StageRun
	{
		String sentence();
	}

	/** The segmentation network started afresh at another width. */
	public record SegmentRestarted(int width, int was, int afterSteps) implements Entry {
		@Override
		public String sentence() {
			return String.format(Locale.ROOT, "segmentation network re-initialised at width %d (was %d after %d steps)",
				width, was, afterSteps);
		}
	}

	/** Stage 2 goes on from its weights with another upsampling (no weight changes shape). */
	public record UpsamplingSwitched(String upsampling, int afterSteps) implements Entry {
		@Override
		public String sentence() {
			return String.format(Locale.ROOT, "stage 2 switched to %s upsampling after %d steps", upsampling, afterSteps);
		}
	}

	/** An older bundle carried over to the current contract. */
	public record FormatCarriedOver(int from, int to) implements Entry {
		@Override
		public String sentence() {
			return "format " + from + " bundle carried over to format " + to + " (renamed layers re-initialised)";
		}
	}

	/** The segmentation network (and so the perceptual loss) taken from another bundle. */
	public record SegmentCopied(String from) implements Entry {
		@Override
		public String sentence() {
			return "segmentation network copied from " + from;
		}
	}

	/** Stage 1's relaxed push-pull fill, in the graph since {@code fromStep} of {@code stage}. */
	public record FillIntroduced(Stage stage, int fromStep) implements Entry {
		/** How the card's notes tell that the fill is already recorded. */
		public static final String FILL = "stage 1's push-pull fill relaxed by " + PushPullFill.RELAXATION_STEPS +
			" Jacobi steps";

		@Override
		public String sentence() {
			return String.format(Locale.ROOT, "from %s step %d on, %s", stage.key(), fromStep, FILL);
		}
	}

	/** What one stage's steps were trained with, where it departs from the paper or matters for a rerun. */
	public enum Setting {
		BRIGHTNESS, SCRATCHES, SQUARES, PERCEPTUAL, ADVERSARIAL, CONTROL, COSINE, JOINT_RATE, WARMUP, OWN_LABELS, EDITS,
		COARSE_INPUTS, SSIM
	}

	/**
	 * One stage's run.
	 *
	 * @param settings what the sentences mention, in their order
	 * @param edited the classes practice edits paint, as the sentence names them ("particle"; with a band if any)
	 */
	public record StageRun(Stage stage, int steps, float learningRate, TrainOptions options, Set<Setting> settings,
		String edited) implements Entry
	{
		public StageRun {
			settings = settings.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Setting.class))
				: Collections.unmodifiableSet(EnumSet.copyOf(settings));
		}

		/** A run of {@code steps}; {@code jittered}: its crops got a random brightness gain. */
		public static StageRun of(StagePlan plan, int steps, TrainOptions o, boolean jittered,
			String edited)
		{
			return new StageRun(plan.stage(), steps, plan.learningRate(), o, settings(plan.stage(), o, jittered), edited);
		}

		static Set<Setting> settings(Stage stage, TrainOptions o, boolean jittered) {
			DecoderTrainer.LossWeights w = o.losses();
			boolean image = stage != Stage.SEGMENT, decoder = stage.trainsDecoder();
			Set<Setting> s = EnumSet.noneOf(Setting.class);
			if (jittered) s.add(Setting.BRIGHTNESS);
			if (image) s.add(Setting.SCRATCHES);
			if (image && o.sampling().squares() > 0) s.add(Setting.SQUARES);
			if (image && w.perceptual() != 1) s.add(Setting.PERCEPTUAL);
			if (decoder && w.adversarial() != DecoderTrainer.LossWeights.PAPER_ADVERSARIAL) s.add(Setting.ADVERSARIAL);
			if (decoder && w.control() > 0) s.add(Setting.CONTROL);
			if (o.optimiser().decay() == LearningRateSchedule.COSINE) s.add(Setting.COSINE);
			if (stage == Stage.JOINT) s.add(Setting.JOINT_RATE);
			if (o.optimiser().warmup() > 0) s.add(Setting.WARMUP);
			if (decoder && w.ownLabels() > 0) s.add(Setting.OWN_LABELS);
			if (decoder && w.edits() > 0) s.add(Setting.EDITS);
			if (stage == Stage.SEGMENT && o.sampling().coarseInputs() > 0) s.add(Setting.COARSE_INPUTS);
			if (decoder && w.ssim() > 0) s.add(Setting.SSIM);
			return s;
		}

		@Override
		public String sentence() {
			return settings.stream().map(this::sentence).collect(Collectors.joining("; "));
		}

		/** The sentence of one setting. */
		public String sentence(Setting s) {
			DecoderTrainer.LossWeights w = options.losses();
			SamplingOptions m = options.sampling();
			String run = steps + " " + stage.key() + " steps with ";
			return switch (s) {
				case BRIGHTNESS -> run + "crops' brightness scaled by " + plain(m.minGain()) + ".." + plain(m.maxGain());
				case SCRATCHES -> run + percent(m.scratches()) + " of the masks 3-12 px scratches";
				case SQUARES -> run + percent(m.squares()) + " of the masks a half-side square at a random place";
				case PERCEPTUAL -> run + "the perceptual loss at weight " + w.perceptual();
				case ADVERSARIAL -> run + "the adversarial term at weight " + w.adversarial();
				case CONTROL -> run + "the controllability loss at weight " + w.control() + " (on the result blurred 5x5)";
				case COSINE -> run + "the learning rate decayed from " + learningRate + " to a tenth (cosine)";
				case JOINT_RATE -> run + "stage 1 at " + DecoderTrainer.JOINT_STAGE1_RATE + " of stage 2's learning rate";
				case WARMUP -> stage.key() + " run of " + steps + " steps with the learning rate warmed up over its " +
					"first " + options.optimiser().warmup();
				case OWN_LABELS -> run + percent(w.ownLabels()) + " of the holes guided by stage 1's own proposal";
				case EDITS -> run + "a disc of class " + edited + " painted into the guidance of " + percent(w.edits()) +
					" of the holes (left out of L1 and the adversarial term, judged by the controllability loss)";
				case COARSE_INPUTS -> run + "the hole of " + percent(m.coarseInputs()) + " of the crops filled by " +
					"stage 1 (as a proposal sees it; validation on true images)";
				case SSIM -> run + "1 - SSIM in the hole at weight " + w.ssim();
			};
		}
	}

	private final ModelCard card;
	private final List<Entry> entries = new ArrayList<>();

	/** Records into {@code card}'s training notes. */
	public Provenance(ModelCard card) {
		this.card = card;
	}

	/** Appends {@code e}'s sentence to the card's notes (nothing if it has none). */
	public void add(Entry e) {
		entries.add(e);
		String s = e.sentence();
		if (!s.isEmpty()) card.training.notes += "; " + s;
	}

	/** Whether the card's notes already record stage 1's relaxed fill. */
	public boolean recordsFill() {
		return card.training.notes.contains(FillIntroduced.FILL);
	}

	/** What was added, in order. */
	public List<Entry> entries() {
		return Collections.unmodifiableList(entries);
	}

	/** "particle", or "car, tree, building or road"; with the band of the boundary class if {@code band} > 0. */
	static String classNames(ModelCard card, int[] ids, int band) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < ids.length; i++)
			b.append(i == 0 ? "" : i == ids.length - 1 ? " or " : ", ").append(card.classes.get(ids[i]).name);
		return band > 0 ? b + " with its " + band + "-pixel boundary band" : b.toString();
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.0f%%", 100 * share);
	}

	/** 0.3 as "0.3", 1 as "1". */
	private static String plain(double v) {
		return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
	}
}

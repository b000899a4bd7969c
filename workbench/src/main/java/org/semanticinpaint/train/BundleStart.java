package org.semanticinpaint.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.bundle.NetSignatures;
import org.semanticinpaint.data.DatasetSpec;
import org.semanticinpaint.data.Sample;
import org.semanticinpaint.data.Split;

/**
 * Where a run starts: a new card with fresh weights, or the bundle already in the output folder (resumed: its card,
 * carried over to the current format, and its weights), changed as the options ask.
 */
public final class BundleStart {

	private final ModelCard card;
	private final NetworkWeights weights;
	private final Provenance provenance;
	private final boolean resumed;

	private BundleStart(ModelCard card, NetworkWeights weights, Provenance provenance, boolean resumed) {
		this.card = card;
		this.weights = weights;
		this.provenance = provenance;
		this.resumed = resumed;
	}

	/** The card to train into: new, or the resumed bundle's (carried over and changed as asked). */
	public ModelCard card() {
		return card;
	}

	/** The weights the first stage starts from. */
	public NetworkWeights weights() {
		return weights;
	}

	/** What opening changed in a resumed bundle; the stages add theirs. */
	public Provenance provenance() {
		return provenance;
	}

	/** Whether the output folder held a bundle. */
	public boolean resumed() {
		return resumed;
	}

	/** The start for {@code o}; what it changes in a resumed bundle is recorded in {@link #provenance()}. */
	public static BundleStart open(TrainOptions o, DatasetSpec spec, Split.Parts split)
		throws IOException, BundleException
	{
		Path out = o.source().out();
		boolean resume = Files.exists(out.resolve(ModelCard.FILE));
		ModelCard card = resume ? ModelCard.read(out.resolve(ModelCard.FILE)) : newCard(o, spec, split);
		if (o.sampling().coarseInputs() > 0 && steps(card, Stage.INPAINT) + steps(card, Stage.JOINT) == 0)
			throw new IllegalArgumentException("--coarse-inputs needs a trained stage 1: resume a bundle whose stage 1 " +
				"has been trained (an untrained one fills with noise)");
		Provenance p = new Provenance(card);
		boolean restartSegment = resume && restartsSegment(o.networks(), card, p);
		switchUpsampling(o.networks(), card, resume ? p : null);
		NetworkWeights fresh = NetworkWeights.fresh(card, o.optimiser().seed());
		NetworkWeights start = !resume ? fresh : restartSegment ? fresh.updatedFrom(out).withSegment(fresh.segment())
			: fresh.updatedFrom(out);
		if (resume && card.formatVersion != NetSignatures.FORMAT_VERSION) {
			p.add(new Provenance.FormatCarriedOver(card.formatVersion, NetSignatures.FORMAT_VERSION));
			card.formatVersion = NetSignatures.FORMAT_VERSION;
		}
		Path from = o.networks().segmentFrom();
		if (from != null) {
			// reuse a trained segmentation network (and so the same perceptual loss), e.g. for the ESPA ablation
			start = start.withSegment(WeightsReader.read(from.resolve(NetSignatures.SEGMENT)));
			p.add(new Provenance.SegmentCopied(from.toString()));
		}
		return new BundleStart(card, start, p, resume);
	}

	/**
	 * A wider (or narrower) segmentation network than the resumed card's starts afresh; stage 1 and 2 keep their
	 * weights. Returns whether it restarts.
	 */
	private static boolean restartsSegment(NetworkOptions n, ModelCard card, Provenance p) {
		Integer width = n.segmentWidth();
		if (width == null || width == card.widths.segment) return false;
		p.add(new Provenance.SegmentRestarted(width, card.widths.segment, steps(card, Stage.SEGMENT)));
		card.widths.segment = width;
		card.training.steps.remove(Stage.SEGMENT.key());
		return true;
	}

	/** Another upsampling for stage 2: no weights change shape, it goes on from its weights (recorded if p). */
	private static void switchUpsampling(NetworkOptions n, ModelCard card, Provenance p) {
		String upsampling = n.decodeUpsampling();
		if (upsampling == null || upsampling.equals(card.widths.decodeUpsampling)) return;
		if (p != null) p.add(new Provenance.UpsamplingSwitched(upsampling, steps(card, Stage.DECODE)));
		card.widths.decodeUpsampling = upsampling;
	}

	/** Steps the card records for {@code stage} (its key's count). */
	static int steps(ModelCard card, Stage stage) {
		return card.training.steps.getOrDefault(stage.key(), 0);
	}

	static ModelCard newCard(TrainOptions o, DatasetSpec spec, Split.Parts split) {
		ModelCard c = new ModelCard();
		c.name = o.source().bundleName();
		c.description = "Semantic inpainting for " + spec.modality() + ", trained on " + spec.name();
		c.modality = spec.modality();
		c.channels = spec.channels();
		c.tile = o.networks().tile();
		c.normalization.mode = spec.channels() == 3 ? "range" : "percentile";
		for (int i = 0; i < spec.classes().size(); i++) {
			DatasetSpec.ClassInfo k = spec.classes().get(i);
			c.classes.add(new ModelCard.LabelClass(i, k.name(), k.r(), k.g(), k.b()));
		}
		if (spec.voidId() >= 0) c.ignoredClassIds.add(spec.voidId());
		NetworkOptions.Widths w = o.networks().fresh();
		c.widths.inpaint = w.inpaint();
		c.widths.espa = w.espa();
		c.widths.segment = o.networks().segmentWidth() != null ? o.networks().segmentWidth() : 8;
		c.widths.decodeHidden = w.decodeHidden();
		c.widths.discriminator = w.discriminator();
		c.training.data = spec.source() + "; read from ../shared/data/" + spec.name() + " (not redistributed)";
		c.training.licence = spec.licence();
		c.training.split = split.description() + "; validation files: " + String.join(", ",
			split.validation().stream().map(Sample::name).limit(80).toList());
		c.training.seed = o.optimiser().seed();
		c.training.perceptualLoss = "L1 between encoder activations (4 scales) of this bundle's own segmentation " +
			"network, frozen; no pretrained VGG is available";
		c.training.notes = Provenance.FIRST_NOTES;
		return c;
	}
}

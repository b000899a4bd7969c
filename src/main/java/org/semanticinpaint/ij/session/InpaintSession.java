package org.semanticinpaint.ij.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.Roi;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;

import net.imglib2.img.array.ArrayImgs;

import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.engine.LabelSource;
import org.semanticinpaint.engine.Proposal;
import org.semanticinpaint.engine.Provenance;
import org.semanticinpaint.engine.Rendering;
import org.semanticinpaint.engine.Texture;
import org.semanticinpaint.ij.ImageChecks;
import org.semanticinpaint.ij.InpaintJob;
import org.semanticinpaint.ij.image.FillMaps;
import org.semanticinpaint.ij.image.HoleMasks;
import org.semanticinpaint.ij.image.LabelImages;
import org.semanticinpaint.ij.image.LabelPalette;
import org.semanticinpaint.ij.image.PlaneImages;

/**
 * One interactive round on one plane: Propose once (stage 1 + segmentation), then any number of
 * edit-and-Render passes that reuse Propose's features. GUI-free: the commands show what it returns.
 */
public final class InpaintSession {

	private final SourceImage source;
	private final int plane;
	private final Path bundle;
	private final ModelCard card;
	private final Proposal proposal;
	private final LabelLayer layer;
	private final String hole;

	/**
	 * The plane Propose worked on, and where its hole came from as the record of a Render says it.
	 *
	 * @param plane 1-based stack index
	 */
	private record Target(ImagePlus image, int plane, String hole) {}

	private InpaintSession(Target target, Path bundle, ModelCard card, Proposal proposal, LabelLayer layer) {
		this.source = SourceImage.of(target.image());
		this.hole = target.hole();
		this.plane = target.plane();
		this.bundle = bundle;
		this.card = card;
		this.proposal = proposal;
		this.layer = layer;
	}

	/**
	 * @param maskImage the hole as an image (non-zero = missing), or null to use {@code selection}
	 */
	public static InpaintSession propose(InpaintEngine engine, ImagePlus imp, Roi selection,
		ImagePlus maskImage, Progress progress) throws InpaintException
	{
		ImageChecks.check(imp, engine.card());
		int w = imp.getWidth(), h = imp.getHeight();
		int plane = imp.getCurrentSlice();
		ImageProcessor ip = imp.getStack().getProcessor(plane);
		Proposal p = PlaneImages.propose(engine, ip, maskImage == null ? HoleMasks.fromSelection(selection, w, h) :
			HoleMasks.fromMaskImage(maskImage, w, h), progress);
		ImageProcessor coarse = ip.duplicate();
		PlaneImages.pasteCoarse(p, coarse);
		coarse.setMinAndMax(imp.getDisplayRangeMin(), imp.getDisplayRangeMax());
		byte[] labels = new byte[w * h];
		java.util.Arrays.fill(labels, (byte) LabelLayer.NONE);
		p.paintLabels(ArrayImgs.unsignedBytes(labels, w, h));
		LabelLayer layer = new LabelLayer(WindowManager.makeUniqueName(imp.getShortTitle() + "-labels"), new ByteProcessor(w, h, labels), coarse,
			maskImage == null ? selection : null, p.windows().stream().map(wp -> new java.awt.Rectangle(wp.window().x0(),
				wp.window().y0(), wp.window().width(), wp.window().height())).toList(), new LabelPalette(engine.card()));
		layer.image().setCalibration(imp.getCalibration());
		Target target = new Target(imp, plane, maskImage == null ? "selection" : "mask image '" +
			maskImage.getTitle() + "'");
		return new InpaintSession(target, engine.bundleDir(), engine.card(), p, layer);
	}

	/**
	 * Stage 2 on the labels as they are now, when the source image is still open and as it was at Propose.
	 * @return a new image (the source untouched) or, in place, the source with Edit>Undo set up
	 */
	public ImagePlus render(InpaintEngine engine, InpaintJob.Output output, Texture texture, Progress progress)
		throws InpaintException
	{
		source.check();
		InpaintJob.checkWritable(source.image(), output);
		LabelSource guide = LabelImages.guidance(layer.image().getProcessor(), proposal, card,
			layer.image().getTitle());
		Rendering fill = engine.render(proposal, guide, texture, engine.seed(), progress);
		ByteProcessor filled = FillMaps.filled(proposal);
		Provenance.Sources from = new Provenance.Sources(hole, FillMaps.edited(proposal, guide) ?
			Provenance.Labels.EDITED : Provenance.Labels.PROPOSED, null);
		Provenance record = Provenance.of(card, from, new Provenance.Texturing(texture, engine.seed()),
			List.of(FillMaps.plane(plane, filled)));
		source.check(); // again: the image may have been closed or changed while the fill was computed
		return InpaintJob.paste(source.image(), new int[] { plane }, new Rendering[] { fill }, output, record,
			Map.of(plane, filled));
	}

	public ImagePlus source() {
		return source.image();
	}

	public Path bundle() {
		return bundle;
	}

	public ModelCard card() {
		return card;
	}

	public Proposal proposal() {
		return proposal;
	}

	public LabelLayer layer() {
		return layer;
	}
}

package org.semanticinpaint.ij.commands;

import java.util.List;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;

import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.ij.InpaintJob;
import org.semanticinpaint.ij.ModelChoice;

/**
 * Plugins>Semantic Inpainting>Inpaint: Propose and Render in one go, for macros and quick use. Recordable:
 * {@code run("Inpaint...", "model=em-nanoparticles mask=selection labels=proposed planes=[current plane] output=[new image]
 * texture=[from image] seed=1");}
 */
public final class InpaintPlugin implements PlugIn {

	static final String SELECTION = "selection", PROPOSED = "proposed";
	static final String[] PLANES = { "current plane", "all planes" }, OUTPUTS = { "new image", "in place" };
	/** The macro keys: the dialog's fields as ImageJ's recorder names them. */
	static final List<String> KEYS = List.of(ModelField.KEY, ModelField.FOLDER_KEY, "mask", "labels", "planes",
		"output", TextureField.KEY, SeedField.KEY);

	@Override
	public void run(String arg) {
		ImagePlus imp = Messages.currentImage();
		if (imp == null) return;
		String model, mask, labels, planes, output, texture, seed;
		MacroArgs a = MacroArgs.current();
		if (a != null && !a.accepts("Inpaint", KEYS, List.of())) return;
		if (a == null) {
			GenericDialog gd = new GenericDialog("Inpaint");
			ModelField.add(gd);
			gd.addChoice("Mask", ImageField.choices(SELECTION, imp), SELECTION);
			gd.addChoice("Labels", ImageField.choices(PROPOSED, imp), PROPOSED);
			gd.addChoice("Planes", PLANES, PLANES[0]);
			gd.addChoice("Output", OUTPUTS, OUTPUTS[0]);
			TextureField.add(gd);
			SeedField.add(gd);
			gd.addHelp(Messages.HELP);
			gd.showDialog();
			if (gd.wasCanceled()) return;
			model = ModelField.read(gd);
			mask = gd.getNextChoice();
			labels = gd.getNextChoice();
			planes = gd.getNextChoice();
			output = gd.getNextChoice();
			texture = gd.getNextChoice();
			seed = gd.getNextString();
		}
		else {
			model = ModelField.read(a);
			mask = a.get("mask", SELECTION);
			labels = a.get("labels", PROPOSED);
			planes = a.get("planes", PLANES[0]);
			output = a.get("output", OUTPUTS[0]);
			texture = TextureField.read(a);
			seed = SeedField.read(a);
		}
		Messages.reporting(() -> {
			InpaintJob.Hole hole = new InpaintJob.Hole(imp.getRoi(), ImageField.find(mask, SELECTION, "mask"), null);
			InpaintJob.Request r = new InpaintJob.Request(imp, hole, ImageField.find(labels, PROPOSED, "labels"),
				planes(planes), output(output), new InpaintJob.TextureChoice(TextureField.parse(texture),
					SeedField.parse(seed)));
			InpaintJob.Result res = ModelChoice.use(model, engine -> InpaintJob.run(engine, r));
			if (r.output() == InpaintJob.Output.NEW_IMAGE) ResultImages.show(res.image());
			InpaintJob.Stats s = res.stats();
			IJ.showStatus(String.format("Inpainted %d hole pixels in %d region(s), %d window(s), on %d plane(s) in %.1f s",
				s.holePixels(), s.regions(), s.windows(), s.planes(), s.seconds()));
		});
	}

	/** Exactly one of {@link #PLANES}. */
	static InpaintJob.Planes planes(String s) throws InpaintException {
		return ExactValue.index("planes", s, PLANES) == 0 ? InpaintJob.Planes.CURRENT : InpaintJob.Planes.ALL;
	}

	/** Exactly one of {@link #OUTPUTS}: a value that only starts like "in place" must not write into the original. */
	static InpaintJob.Output output(String s) throws InpaintException {
		return ExactValue.index("output", s, OUTPUTS) == 0 ? InpaintJob.Output.NEW_IMAGE : InpaintJob.Output.IN_PLACE;
	}
}

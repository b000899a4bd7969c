package org.semanticinpaint.ij.commands;

import java.util.List;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;

import org.semanticinpaint.ij.IjProgress;
import org.semanticinpaint.ij.ModelChoice;
import org.semanticinpaint.ij.gui.PaletteWindow;
import org.semanticinpaint.ij.gui.Placement;
import org.semanticinpaint.ij.session.InpaintSession;
import org.semanticinpaint.ij.session.Sessions;

/**
 * Plugins>Semantic Inpainting>Propose: stage 1 and the segmentation on the selection (or a mask image) of the
 * current plane; opens the proposed labels over the coarse result for editing, with the class palette.
 * {@code run("Propose...", "model=em-nanoparticles mask=selection");}
 */
public final class ProposePlugin implements PlugIn {

	/** The macro keys: the dialog's fields as ImageJ's recorder names them. */
	static final List<String> KEYS = List.of(ModelField.KEY, ModelField.FOLDER_KEY, "mask");

	@Override
	public void run(String arg) {
		ImagePlus imp = Messages.currentImage();
		if (imp == null) return;
		if (Sessions.of(imp) != null && Sessions.of(imp).layer().image() == imp) {
			Messages.error("This is a label image; select the image to inpaint and run Propose on it.");
			return;
		}
		String model, mask;
		MacroArgs a = MacroArgs.current();
		if (a != null && !a.accepts("Propose", KEYS, List.of())) return;
		if (a == null) {
			GenericDialog gd = new GenericDialog("Propose");
			ModelField.add(gd);
			gd.addHelp(Messages.HELP);
			gd.addChoice("Mask", ImageField.choices(InpaintPlugin.SELECTION, imp), InpaintPlugin.SELECTION);
			gd.showDialog();
			if (gd.wasCanceled()) return;
			model = ModelField.read(gd);
			mask = gd.getNextChoice();
		}
		else {
			model = ModelField.read(a);
			mask = a.get("mask", InpaintPlugin.SELECTION);
		}
		Messages.reporting(() -> {
			ImagePlus maskImage = ImageField.find(mask, InpaintPlugin.SELECTION, "mask");
			InpaintSession s = ModelChoice.use(model, engine -> InpaintSession.propose(engine, imp, imp.getRoi(),
				maskImage, new IjProgress()));
			Sessions.add(s);
			ImagePlus labels = s.layer().image();
			ResultImages.show(labels);
			// beside the original, not on top of it: the user compares the two
			if (labels.getWindow() != null && imp.getWindow() != null) Placement.place(labels.getWindow(), imp.getWindow());
			if (!MacroArgs.quiet()) new PaletteWindow(s, (out, tex) -> new Thread(() -> RenderPlugin.render(s, out, tex),
				"Semantic Inpainting render").start()).showBeside(labels);
			IJ.showStatus(PaletteWindow.HINT); // the palette says the rest: pick a class, paint, Render
		});
	}
}

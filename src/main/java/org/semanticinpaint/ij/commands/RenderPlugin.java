package org.semanticinpaint.ij.commands;

import java.util.List;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;

import org.semanticinpaint.engine.Texture;
import org.semanticinpaint.ij.EngineCache;
import org.semanticinpaint.ij.IjProgress;
import org.semanticinpaint.ij.InpaintJob;
import org.semanticinpaint.ij.session.InpaintSession;
import org.semanticinpaint.ij.session.Sessions;

/**
 * Plugins>Semantic Inpainting>Render: stage 2 on the edited labels of the active label image (Propose's
 * features are reused, so editing and rendering again is quick). {@code run("Render...", "output=[new image]");}
 */
public final class RenderPlugin implements PlugIn {

	/** The macro keys: the dialog's fields as ImageJ's recorder names them. */
	static final List<String> KEYS = List.of("output", TextureField.KEY);

	@Override
	public void run(String arg) {
		InpaintSession s = Sessions.of(WindowManager.getCurrentImage());
		if (s == null) {
			Messages.error("There is no label image to render. Run Propose first; then Render works on the " +
				"label image it opened (or on the image it came from).");
			return;
		}
		String output, texture;
		MacroArgs a = MacroArgs.current();
		if (a != null && !a.accepts("Render", KEYS, List.of())) return;
		if (a == null) {
			GenericDialog gd = new GenericDialog("Render");
			gd.addChoice("Output", InpaintPlugin.OUTPUTS, InpaintPlugin.OUTPUTS[0]);
			TextureField.add(gd);
			gd.showDialog();
			if (gd.wasCanceled()) return;
			output = gd.getNextChoice();
			texture = gd.getNextChoice();
		}
		else {
			output = a.get("output", InpaintPlugin.OUTPUTS[0]);
			texture = TextureField.read(a);
		}
		Messages.reporting(() -> render(s, InpaintPlugin.output(output), TextureField.parse(texture)));
	}

	/** Also run by the palette's Render buttons, on their own thread. */
	static void render(InpaintSession s, InpaintJob.Output output, Texture texture) {
		Messages.reporting(() -> {
			long t0 = System.nanoTime();
			ImagePlus result = EngineCache.use(s.bundle(), engine -> s.render(engine, output, texture,
				new IjProgress()));
			if (output == InpaintJob.Output.NEW_IMAGE) ResultImages.show(result);
			IJ.showStatus(String.format("Rendered in %.2f s%s", (System.nanoTime() - t0) / 1e9,
				output == InpaintJob.Output.IN_PLACE ? " (Edit>Undo restores the image)" : ""));
		});
	}
}

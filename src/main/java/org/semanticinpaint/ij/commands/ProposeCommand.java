package org.semanticinpaint.ij.commands;

import ij.ImagePlus;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.ij.ModelChoice;
import org.semanticinpaint.ij.session.InpaintSession;
import org.semanticinpaint.ij.session.Sessions;

/** Propose as a SciJava command: returns the editable label image (its overlay shows the coarse result). */
@Plugin(type = Command.class, headless = true, label = "Propose", visible = false)
public class ProposeCommand extends GuardedCommand {

	@Parameter
	private ImagePlus image;

	@Parameter(required = false)
	private ImagePlus mask;

	@Parameter
	private String model = "em-nanoparticles";

	@Parameter(type = ItemIO.OUTPUT)
	private ImagePlus labels;

	@Override
	public void run() {
		if (image == null) { // a script that runs the command with process=false and no input
			cancel("No image was given to Propose on.");
			return;
		}
		guarded(() -> {
			InpaintSession s = ModelChoice.use(model, engine -> InpaintSession.propose(engine, image, image.getRoi(),
				mask, Progress.NONE));
			Sessions.add(s);
			labels = s.layer().image();
		});
	}
}

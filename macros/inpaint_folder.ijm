// Inpaint every image of a folder, unattended (also headless:
//   ImageJ --headless -macro inpaint_folder.ijm "input=/data/in output=/data/out masks=/data/masks").
// The hole of each image: a mask with the same name in the masks folder (non-zero = missing), else the selection
// saved in the TIFF, else the pixels equal to hole_value (e.g. 0 for dead tiles of a stitched mosaic, NaN).
// Results are written to the output folder as TIFF, each one whole or not at all; the inputs are never changed.
// Optional: labels=[/data/labels] (class-ID images of the same names; 255 = keep the proposal there) and
// overwrite (replace existing outputs; without it they are kept, so running again finishes a stopped run).
// Esc stops after the current image. A summary of what was written and what was not goes to the Log.
args = getArgument();
if (args == "") {
	input = getDirectory("Folder of images to inpaint");
	output = getDirectory("Folder for the results");
	args = "input=[" + input + "] output=[" + output + "] masks=[] hole_value=0";
}
setBatchMode(true);
run("Inpaint Folder...", args + " model=em-nanoparticles planes=[all planes]");
setBatchMode(false);

# The two commands of the README. Both set up whatever is missing first (scripts/setup.sh).
.PHONY: serve test build size setup screenshots
serve:
	bash scripts/serve.sh
test:
	bash scripts/test.sh
build:
	bash scripts/build.sh
size:
	bash scripts/size.sh
setup:
	bash scripts/setup.sh
screenshots:
	bash scripts/screenshots.sh

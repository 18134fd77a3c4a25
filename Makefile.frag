# make test runs with no shared extension but fileq (php -n). A test that needs
# one of PHP's own shared extensions (to compare fileq with the real sysvmsg,
# say) names it under --EXTENSIONS--; run-tests.php loads it from modules/, so
# link the installed ones there, and unlink them before `make install` copies
# modules/*.
FILEQ_TEST_EXTENSIONS = mbstring sysvmsg sysvsem sysvshm posix pcntl

test: fileq-link-test-extensions
install-modules: fileq-unlink-test-extensions

fileq-link-test-extensions: $(all_targets)
	@for e in $(FILEQ_TEST_EXTENSIONS); do \
		if test -f "$(EXTENSION_DIR)/$$e.so" && test ! -e "modules/$$e.so"; then \
			ln -s "$(EXTENSION_DIR)/$$e.so" "modules/$$e.so"; \
		fi; \
	done

fileq-unlink-test-extensions:
	@for e in $(FILEQ_TEST_EXTENSIONS); do \
		if test -L "modules/$$e.so"; then rm -f "modules/$$e.so"; fi; \
	done

.PHONY: fileq-link-test-extensions fileq-unlink-test-extensions

;;; emacs-diagnostics.el --- what Emacs (eglot + Flymake) receives from Copydesk  -*- lexical-binding: t -*-
;; Loads a configuration (the README's eglot snippet), opens a draft, lets eglot start the server
;; as the configuration says, waits for Flymake to hold the server's diagnostics and writes them
;; as JSON: 1-based lines, code-point columns from the line start, Flymake's type and text.
;;
;;   COPYDESK_INIT=init.el COPYDESK_DRAFT=draft.txt COPYDESK_OUTPUT=out.json \
;;   emacs --batch -l test/editors/emacs-diagnostics.el

(require 'json)
(require 'package)
(package-initialize)   ; Debian's elpa-eglot lives in the system package directory

(defun copydesk--finish (result)
  (with-temp-file (getenv "COPYDESK_OUTPUT") (insert (json-encode result)))
  (kill-emacs 0))

(condition-case failure
    (progn
      (load (getenv "COPYDESK_INIT") nil t)
      (require 'eglot)
      (find-file (getenv "COPYDESK_DRAFT"))
      ;; eglot-ensure connects from post-command-hook, which batch mode never runs by itself.
      (run-hooks 'post-command-hook)
      (let ((deadline (+ (float-time) 30)))
        (while (and (< (float-time) deadline)
                    (not (and (bound-and-true-p flymake-mode) (flymake-diagnostics))))
          (when (bound-and-true-p flymake-mode) (flymake-start))
          (accept-process-output nil 0.1)))
      (unless (flymake-diagnostics)
        (error "no diagnostics within 30 s (eglot server: %s)" (eglot-current-server)))
      (copydesk--finish
       `((mode . ,(symbol-name major-mode))
         (diagnostics . ,(vconcat
                          (mapcar (lambda (d)
                                    (let ((beg (flymake-diagnostic-beg d)) (end (flymake-diagnostic-end d)))
                                      `((line . ,(line-number-at-pos beg))
                                        (column . ,(save-excursion (goto-char beg) (1+ (- beg (line-beginning-position)))))
                                        (endLine . ,(line-number-at-pos end))
                                        (endColumn . ,(save-excursion (goto-char end) (1+ (- end (line-beginning-position)))))
                                        (type . ,(symbol-name (flymake-diagnostic-type d)))
                                        (text . ,(flymake-diagnostic-text d)))))
                                  (flymake-diagnostics)))))))
  (error (copydesk--finish `((error . ,(error-message-string failure))))))

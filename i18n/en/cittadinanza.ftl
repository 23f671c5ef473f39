
# --- codice fiscale ---
err-cf-empty = Enter the codice fiscale.
err-cf-length = A codice fiscale has 16 characters; this one has { $found }.
err-cf-character = Character { $position } ("{ $character }") is not allowed at that position of a codice fiscale.
err-cf-check-letter = The last letter (check character) should be { $expected }, not { $found }: check that the code was copied correctly.
err-cf-month = "{ $found }" is not a valid month letter (A B C D E H L M P R S T).
err-cf-day = Day { $day } does not exist in month { $month } (for women the day is increased by 40).
err-cf-unknown-place = No municipality or foreign country has the code { $code }.
err-cf-place-code-format = "{ $code }" is not a place code (a letter and three digits, e.g. H501 or Z404).
err-cf-surname-missing = The surname is missing (at least one letter is needed).
err-cf-name-missing = The first name is missing (at least one letter is needed).
err-cf-unsupported-character = { $field ->
        [surname] The surname
       *[name] The first name
    } contains "{ $character }", which has no Latin-letter equivalent: write it as in the passport or residence permit.
err-cf-place-missing = The place of birth is missing.
err-cf-town-missing = The municipality of birth is missing.
err-cf-unknown-municipality = No Italian municipality is called "{ $name }".
err-cf-municipality-province = There is no municipality "{ $name }" in the province { $province }.
err-cf-municipality-ambiguous = Several municipalities are called "{ $name }" ({ $provinces }): enter the province.
err-cf-municipality-date = The municipality "{ $name }" did not exist on { $date }: enter the municipality as it was called on the date of birth.
err-cf-unknown-country = Unknown country: "{ $name }".
err-cf-mismatch-surname = The codice fiscale does not match the surname: the surname gives { $expected }, the code has { $found }.
err-cf-mismatch-name = The codice fiscale does not match the first name: the name gives { $expected }, the code has { $found }.
err-cf-mismatch-birth-date = The codice fiscale does not match the date of birth: { $expected } in the data, { $found } in the code.
err-cf-mismatch-sex = The codice fiscale does not match the sex: { $expected } in the data, { $found } in the code.
err-cf-mismatch-place = The codice fiscale does not match the place of birth: { $expected } in the data, { $found } in the code.
# --- end codice fiscale ---

# --- store ---
secrets-unavailable = The system keyring (credential store) is unavailable, so the data key cannot be kept there. You can protect the data with a passphrase typed at each start instead. Details: { $detail }
secrets-failed = The system keyring refused the operation: { $detail }
secrets-malformed = The secret "{ $name }" in the system keyring is damaged.
secrets-passphrase-too-short = The passphrase must have at least { $min } characters.
secrets-key-derivation-failed = The key could not be derived from the passphrase: { $detail }
store-in-use = This data folder is already open in another window or program. Close it and try again.
store-newer-format = This data was saved by a newer version of the program (format { $found }). Update the program to open it; the data was not changed.
store-wrong-key = The key does not match this data folder: the data cannot be decrypted.
store-wrong-passphrase = Wrong passphrase. Try again: the data was not changed.
store-passphrase-required = This data folder is protected by a passphrase: type it to open the folder.
store-key-missing = The key of this data folder is not in this computer's keyring (the folder was copied from another computer, or the keyring was reset). Without the key the data cannot be read: use the original computer and export the applicants as encrypted bundles.
store-applicant-not-found = This applicant no longer exists (perhaps it was deleted).
store-version-not-found = Version { $version } is no longer available.
store-document-not-found = This document no longer exists (perhaps it was removed).
store-document-missing = The encrypted file of the document "{ $name }" is missing from the data folder. Import it again.
store-document-damaged = The document "{ $name }" is damaged (its integrity check does not match) and was not exported. Import it again.
store-corrupt = Part of the saved data is damaged and cannot be read ({ $detail }).
store-file-not-found = File or folder not found: { $path }
store-not-a-file = "{ $path }" is not a file.
store-permission-denied = Permission denied: { $path }
store-disk-full = The disk is full: free some space and try again. Unsaved changes stay in the window.
store-io-failed = Read or write error on { $path }: { $detail }
store-database-failed = Local database error: { $detail }
store-bundle-wrong-passphrase = Wrong passphrase for this bundle.
store-bundle-truncated = The bundle is incomplete (interrupted copy or download). Copy it again.
store-bundle-tampered = The bundle was modified or is damaged and cannot be imported.
store-not-a-bundle = This file is not a Cittadinanza bundle.
store-bundle-unsupported-version = The bundle was made by a newer version of the program (format { $found }). Update the program to import it.
store-history-note = Each save creates a version: the last { $count } versions of each applicant are kept.
# --- end store ---
